// A child process for the data-safety tests: opens an action-plan file through the real Database and stores and
// makes edits with the app's own undo commands, printing one line per edit only after its transaction committed.
//
//   edit_loop FILE|postgresql://… SEED [COUNT]
//
// Edits are chosen by SEED from: add a measure, add a bulk of measures in one transaction, record progress on a
// measure, delete a measure. Without COUNT it runs until killed. Lines on stdout (written unbuffered, each whole):
//   ready
//   will add CODE | will bulk PREFIX N | will progress CODE COMMENT | will delete CODE
//   ok                  (after the edit's transaction committed: the edit is acknowledged)
// so that a reader knows the one edit that may or may not have happened when the process was killed.
// A failed edit prints "error MESSAGE" on stderr and, with COUNT, is counted and skipped; without COUNT the process
// exits with 3.

#include "database.h"
#include "entitycommands.h"
#include "measurecommands.h"
#include "measureimport.h"
#include "serveraddress.h"
#include "stores.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

constexpr int BulkSize = 25;

// One whole line per write(2): a line on the pipe is complete or absent, never half of one (up to PIPE_BUF).
void say(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    if (write(STDOUT_FILENO, bytes.constData(), size_t(bytes.size())) != bytes.size())
        _exit(4);
}

class EditLoop
{
public:
    EditLoop(Stores& stores, qint64 planId, quint32 seed)
        : m_stores(stores)
        , m_planId(planId)
        , m_seed(seed)
        , m_random(seed)
    {
        // Single measures only: the rows of a bulk edit stay, so that a reader can check each bulk is whole.
        for (const MeasureListing& listing : stores.measures.listings(planId)) {
            if (listing.measure.code.startsWith(QLatin1Char('A')))
                m_codes.append({listing.measure.id, listing.measure.code});
        }
    }

    // Makes edit number i; returns false (with the reason in error) if it failed.
    bool edit(int i, QString* error)
    {
        const ErrorHandler onError = [error](const QString& message) {
            *error = message;
        };
        const quint32 kind = m_codes.size() < 5 ? 0 : m_random.bounded(10);
        if (kind < 4) { // add one measure
            Measure measure;
            measure.planId = m_planId;
            measure.code = QStringLiteral("A%1-%2").arg(m_seed).arg(i);
            measure.title = QStringLiteral("Edit %1 of run %2").arg(i).arg(m_seed);
            say(QStringLiteral("will add %1").arg(measure.code));
            std::unique_ptr<AddCommand<Measure>> command(Commands::addMeasure(m_stores, measure, onError));
            command->redo();
            if (!error->isEmpty())
                return false;
            m_codes.append({command->valueId(), measure.code});
        } else if (kind < 5) { // many measures in one transaction: all or none
            const QString prefix = QStringLiteral("B%1-%2").arg(m_seed).arg(i);
            QVector<MeasureImport::Row> rows;
            for (int k = 1; k <= BulkSize; ++k) {
                MeasureImport::Row row;
                row.line = k + 1;
                row.measure.code = QStringLiteral("%1-%2").arg(prefix).arg(k);
                row.measure.title = QStringLiteral("Imported %1 of %2").arg(k).arg(prefix);
                row.measure.description = QString(400, QLatin1Char('x')); // enough pages to spill the cache
                rows << row;
            }
            say(QStringLiteral("will bulk %1 %2").arg(prefix).arg(BulkSize));
            AddMeasureRowsCommand command(m_stores, m_planId, rows, QStringLiteral("bulk"), onError);
            command.redo();
            if (!error->isEmpty())
                return false;
        } else if (kind < 8) { // progress on a measure
            const auto& [id, code] = m_codes.at(int(m_random.bounded(quint32(m_codes.size()))));
            ProgressUpdate update;
            update.measureId = id;
            update.date = QDate(2026, 1, 1).addDays(i % 300);
            update.status = QStringLiteral("in_progress");
            update.progress = int(m_random.bounded(101));
            update.comment = QStringLiteral("P%1-%2").arg(m_seed).arg(i);
            say(QStringLiteral("will progress %1 %2").arg(code, update.comment));
            RecordProgressCommand command(m_stores, update, onError);
            command.redo();
            if (!error->isEmpty())
                return false;
        } else { // delete a measure
            const int index = int(m_random.bounded(quint32(m_codes.size())));
            const auto [id, code] = m_codes.at(index);
            say(QStringLiteral("will delete %1").arg(code));
            RemoveMeasuresCommand command(m_stores, {id}, onError);
            command.redo();
            if (!error->isEmpty())
                return false;
            m_codes.removeAt(index);
        }
        say(QStringLiteral("ok"));
        return true;
    }

private:
    Stores& m_stores;
    qint64 m_planId;
    quint32 m_seed;
    QRandomGenerator m_random;
    QVector<std::pair<qint64, QString>> m_codes;
};

} // namespace

int main(int argc, char* argv[])
{
    std::signal(SIGXFSZ, SIG_IGN); // as the app does: past a file-size limit a write fails, the process lives
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs("usage: edit_loop FILE SEED [COUNT]\n", stderr);
        return 2;
    }
    const quint32 seed = args.at(2).toUInt();
    const int count = args.size() > 3 ? args.at(3).toInt() : -1;
    Database db;
    // A network's server as well as a file: postgresql://… connects (as the address's user, under the server's rules).
    const std::optional<ServerAddress> server
        = ServerAddress::isServerAddress(args.at(1)) ? ServerAddress::parse(args.at(1), nullptr) : std::nullopt;
    if (server ? !db.connectToServer(*server) : !db.open(args.at(1))) {
        std::fprintf(stderr, "error %s\n", qPrintable(db.errorString()));
        return 1;
    }
    Stores stores(db);
    const QVector<Plan> plans = stores.plans.list();
    if (plans.isEmpty()) {
        std::fputs("error the file has no plan\n", stderr);
        return 1;
    }
    EditLoop loop(stores, plans.first().id, seed);
    say(QStringLiteral("ready"));
    int failures = 0;
    for (int i = 1; count < 0 || i <= count; ++i) {
        QString error;
        if (!loop.edit(i, &error)) {
            std::fprintf(stderr, "error %s\n", qPrintable(error));
            if (count < 0)
                return 3;
            ++failures;
            if (db.isServer()) // it may be restarting: give it a moment rather than spend the count while it is away
                usleep(100000);
        }
    }
    return failures == 0 ? 0 : 3;
}
