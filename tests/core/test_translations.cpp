// Every entry of the .ts files — the app's three and the bokmål supplement to Qt's own — (listed, separated by ':', in
// ACTIONPLANS_TS_FILES) is translated and finished.
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    const QStringList paths = qEnvironmentVariable("ACTIONPLANS_TS_FILES").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const char* language : {"_nb.ts", "_nn.ts", "_en.ts"}) {
        QVERIFY2(std::any_of(paths.cbegin(),
                             paths.cend(),
                             [language](const QString& path) { return path.endsWith(QLatin1String(language)); }),
                 "ACTIONPLANS_TS_FILES must name the nb, nn and en files");
    }
    for (const QString& path : paths)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            ++messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural translations hold <numerusform> children; every one must be filled.
            QString text;
            bool emptyForm = false;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    const QString form = xml.readElementText();
                    emptyForm = emptyForm || form.trimmed().isEmpty();
                    text += form;
                }
            }
            if (!type.isEmpty())
                problems << QStringLiteral("%1 “%2”: %3").arg(context, source, type);
            else if (text.trimmed().isEmpty() || emptyForm)
                problems << QStringLiteral("%1 “%2”: empty").arg(context, source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 0, "the file has no messages");
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 entries need work:\n  ").arg(problems.size()).arg(messages)
                        + problems.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
