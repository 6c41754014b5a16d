#pragma once

// The edit log of tests/storage/edit_loop, read back: which edits it acknowledged ("will EDIT" then "ok"), which it
// began and then reported failed, and the one it had begun when its output ended.

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace editlog {

// What the child has acknowledged so far, over all its runs, and the one edit it had begun when it was killed.
class Acknowledged
{
public:
    QSet<QString> present; // measure codes added and not deleted since
    QSet<QString> deleted;
    QHash<QString, QString> progress; // comment → measure code
    QHash<QString, int> bulks; // prefix → rows
    int edits = 0;
    QVector<QStringList> refused; // edits the child began and reported failed (it went on to the next)

    // Reads a run's output: "will EDIT" then "ok" acknowledges EDIT; a last "will" without "ok" is pending.
    void read(const QByteArray& output)
    {
        m_pending.clear();
        // Only whole lines: a line cut off by the kill was never said.
        const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("will ")) {
                if (!m_pending.isEmpty())
                    refused.append(m_pending); // a new edit began without an "ok": the last one failed
                m_pending = QString::fromUtf8(line.mid(5)).split(QLatin1Char(' '));
            } else if (line == "ok" && !m_pending.isEmpty()) {
                apply(m_pending);
                m_pending.clear();
                ++edits;
            }
        }
    }

    // An edit begun but neither acknowledged nor refused when the output ends (killed, or the last one failed).
    QStringList pending() const { return m_pending; }

    // The pending edit may or may not have committed; whichever the file shows is what happened.
    void settlePending(const QSet<QString>& codes, const QSet<QString>& comments)
    {
        if (m_pending.isEmpty())
            return;
        const QString& verb = m_pending.first();
        const bool happened = verb == QLatin1String("add") ? codes.contains(m_pending.at(1))
            : verb == QLatin1String("delete")              ? !codes.contains(m_pending.at(1))
            : verb == QLatin1String("progress")            ? comments.contains(m_pending.at(2))
                                                           : false; // a bulk is checked whole either way
        if (happened)
            apply(m_pending);
    }

private:
    void apply(const QStringList& edit)
    {
        const QString& verb = edit.first();
        if (verb == QLatin1String("add")) {
            present.insert(edit.at(1));
        } else if (verb == QLatin1String("bulk")) {
            bulks.insert(edit.at(1), edit.at(2).toInt());
        } else if (verb == QLatin1String("progress")) {
            progress.insert(edit.at(2), edit.at(1));
        } else if (verb == QLatin1String("delete")) {
            present.remove(edit.at(1));
            deleted.insert(edit.at(1));
            for (auto it = progress.begin(); it != progress.end();)
                it = it.value() == edit.at(1) ? progress.erase(it) : std::next(it);
        }
    }

    QStringList m_pending;
};

} // namespace editlog
