// Installing (issue 12): `cmake --install` into an empty prefix puts the binary and the freedesktop files where a
// desktop looks for them, and they agree with each other and with the app. The menu entry starts the installed binary
// with a file; .handlingsplan files get their type by name and by content; the icons render; the AppStream file and
// the desktop file validate; and the installed binary runs from there, says the project's version and opens a file
// given to it.
#include "planfiles.h"
#include "testfiles.h"

#include <QApplication>
#include <QDir>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString AppId = QStringLiteral("no.handlingsplaner.ActionPlans");
const QString FileType = QStringLiteral("application/x-handlingsplan");

QString g_prefix; // where the build was installed

QString installed(const QString& relative)
{
    return g_prefix + QLatin1Char('/') + relative;
}

// The [Desktop Entry] group's keys (without translations).
QHash<QString, QString> desktopEntry(const QString& path)
{
    QHash<QString, QString> keys;
    const QStringList lines = QString::fromUtf8(testfiles::readAll(path)).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const int equals = int(line.indexOf(QLatin1Char('=')));
        if (equals > 0 && !line.startsWith(QLatin1Char('#')))
            keys.insert(line.left(equals), line.mid(equals + 1));
    }
    return keys;
}

// Runs a program to its end; returns its exit code, with both outputs in output.
int run(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return -1;
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void putsEachFileInItsPlace_data();
    void putsEachFileInItsPlace();
    void menuEntryStartsTheAppWithAFile();
    void fileTypeIsKnownByNameAndContent();
    void iconsRender();
    void appStreamFileIsValid();
    void installedBinaryRunsFromThere();
    void installedBinaryOpensAFileGivenToIt();

private:
    QTemporaryDir m_dir;
};

void TestInstall::putsEachFileInItsPlace_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path :
         {QStringLiteral("bin/actionplans"),
          QStringLiteral("share/applications/%1.desktop").arg(AppId),
          QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(AppId),
          QStringLiteral("share/icons/hicolor/scalable/mimetypes/application-x-handlingsplan.svg"),
          QStringLiteral("share/mime/packages/%1.xml").arg(AppId),
          QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId),
          QStringLiteral("share/doc/actionplans/README.md"),
          QStringLiteral("share/doc/actionplans/copyright")})
        QTest::newRow(qPrintable(path)) << path;
}

void TestInstall::putsEachFileInItsPlace()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo(installed(path)).isFile(), qPrintable(installed(path)));
}

void TestInstall::menuEntryStartsTheAppWithAFile()
{
    const QString path = installed(QStringLiteral("share/applications/%1.desktop").arg(AppId));
    QString output;
    QCOMPARE(run(QStringLiteral("desktop-file-validate"), {path}, &output), 0);
    QVERIFY2(output.trimmed().isEmpty(), qPrintable(output)); // not even a hint
    const QHash<QString, QString> entry = desktopEntry(path);
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("actionplans %f"));
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/actionplans"))).isExecutable());
    QCOMPARE(entry.value(QStringLiteral("Icon")), AppId);
    QCOMPARE(entry.value(QStringLiteral("MimeType")), FileType + QLatin1Char(';'));
    QCOMPARE(entry.value(QStringLiteral("Name[nb]")), QStringLiteral("Handlingsplaner"));
}

void TestInstall::fileTypeIsKnownByNameAndContent()
{
    QMimeDatabase mimes;
    const QMimeType type = mimes.mimeTypeForName(FileType);
    QVERIFY2(type.isValid(), "the installed type is not in the MIME database");
    QCOMPARE(type.iconName(), QStringLiteral("application-x-handlingsplan"));
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));

    // A real file of the app, by its name and — renamed — by its content alone.
    const QString file = m_dir.filePath(QStringLiteral("plan.handlingsplan"));
    planfiles::makeFileWithOnePlan(file);
    QCOMPARE(mimes.mimeTypeForFile(file).name(), FileType);
    const QString renamed = m_dir.filePath(QStringLiteral("plan-without-extension"));
    QVERIFY(QFile::copy(file, renamed));
    QCOMPARE(mimes.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(), FileType);

    // Another application's SQLite file is not ours.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(mimes.mimeTypeForFile(other, QMimeDatabase::MatchContent).name() != FileType);
}

void TestInstall::iconsRender()
{
    for (const QString& icon :
         {QStringLiteral("apps/%1.svg").arg(AppId), QStringLiteral("mimetypes/application-x-handlingsplan.svg")}) {
        QSvgRenderer renderer(installed(QStringLiteral("share/icons/hicolor/scalable/") + icon));
        QVERIFY2(renderer.isValid(), qPrintable(icon));
        QCOMPARE(renderer.defaultSize(), QSize(256, 256));
    }
}

void TestInstall::appStreamFileIsValid()
{
    const QString path = installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId));
    QString output;
    QVERIFY2(
        run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), path}, &output)
            == 0,
        qPrintable(output));
    const QByteArray xml = testfiles::readAll(path);
    QVERIFY(xml.contains("<id>" + AppId.toUtf8() + "</id>"));
    QVERIFY2(xml.contains("<release version=\"" ACTIONPLANS_VERSION "\""), xml.constData());
}

void TestInstall::installedBinaryRunsFromThere()
{
    QString output;
    QCOMPARE(run(installed(QStringLiteral("bin/actionplans")), {QStringLiteral("--version")}, &output), 0);
    QCOMPARE(output.trimmed(), QStringLiteral("actionplans " ACTIONPLANS_VERSION));
    // Its own words come from inside it, not from the build tree: bokmål help text from the installed copy.
    QProcess help;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("nb"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("nb_NO.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("nb_NO.UTF-8"));
    help.setProcessEnvironment(environment);
    help.start(installed(QStringLiteral("bin/actionplans")), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(60000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("kommando")) || text.contains(QStringLiteral("Kommando")), qPrintable(text));
}

void TestInstall::installedBinaryOpensAFileGivenToIt()
{
    // As the file manager does through the menu entry: `actionplans FILE`.
    const QString file = m_dir.filePath(QStringLiteral("opened.handlingsplan"));
    planfiles::makeFileWithOnePlan(file);
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    app.setProcessEnvironment(environment);
    app.start(installed(QStringLiteral("bin/actionplans")), {file});
    QVERIFY(app.waitForStarted());
    // The window records the file it opened in the app's settings.
    const QString settings = home.filePath(QStringLiteral("config/Handlingsplaner/actionplans.conf"));
    QTRY_VERIFY_WITH_TIMEOUT(testfiles::readAll(settings).contains(QFile::encodeName(QFileInfo(file).fileName())),
                             20000);
    app.terminate();
    app.waitForFinished(10000);
    QCOMPARE(QSettings(settings, QSettings::IniFormat).value(QStringLiteral("files/last")).toString(),
             QFileInfo(file).absoluteFilePath());
}

// Installs the build into a fresh prefix and builds its MIME database before Qt reads XDG_DATA_DIRS.
int main(int argc, char* argv[])
{
    QTemporaryDir prefix;
    g_prefix = prefix.path();
    QCoreApplication::setApplicationName(QStringLiteral("test_install"));
    {
        QProcess install;
        install.setProcessChannelMode(QProcess::ForwardedChannels);
        install.start(
            QStringLiteral(CMAKE_COMMAND),
            {QStringLiteral("--install"), QStringLiteral(ACTIONPLANS_BUILD_DIR), QStringLiteral("--prefix"), g_prefix});
        if (!install.waitForFinished(300000) || install.exitCode() != 0)
            qFatal("cmake --install failed");
        // One MIME database holding the system's types and ours, as update-mime-database makes when the package is
        // installed (Qt 6.4 lets a later database's magic override an earlier one's, whatever the priorities, so
        // a second database beside /usr/share's would not show what a real installation does).
        const QDir systemPackages(QStringLiteral("/usr/share/mime/packages"));
        for (const QString& name : systemPackages.entryList({QStringLiteral("*.xml")}, QDir::Files))
            QFile::copy(systemPackages.filePath(name), g_prefix + QStringLiteral("/share/mime/packages/") + name);
        QProcess mime;
        mime.start(QStringLiteral("update-mime-database"), {g_prefix + QStringLiteral("/share/mime")});
        if (!mime.waitForFinished(60000) || mime.exitCode() != 0)
            qFatal("update-mime-database failed: %s", mime.readAllStandardError().constData());
    }
    qputenv("XDG_DATA_DIRS", QFile::encodeName(g_prefix + QStringLiteral("/share")));
    QApplication app(argc, argv);
    TestInstall test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_install.moc"
