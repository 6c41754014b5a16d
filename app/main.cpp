// actionplans: the window, or the command line when a command is given (see CommandLine).

#include "colourscheme.h"
#include "commandline.h"
#include "datafile.h"
#include "mainwindow.h"
#include "serveraddress.h"
#include "uilanguage.h"
#include "welcomeflow.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>

#include <csignal>
#include <memory>

namespace {

// Version 0.1 had no organisation name, so its settings went to "Unknown Organization": carry them over once.
void adoptLegacySettings()
{
    QSettings settings;
    if (!settings.allKeys().isEmpty())
        return;
    const QSettings legacy(QStringLiteral("Unknown Organization"), QStringLiteral("actionplans"));
    for (const QString& key : legacy.allKeys())
        settings.setValue(key, legacy.value(key));
}

// Names QSettings and QStandardPaths build their folders from (~/.config/Handlingsplaner/actionplans.conf,
// ~/.local/share/Handlingsplaner/actionplans/), and the desktop file the window belongs to.
void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Handlingsplaner"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("handlingsplaner.no"));
    QCoreApplication::setApplicationName(QStringLiteral("actionplans"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTIONPLANS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("no.handlingsplaner.ActionPlans"));
    adoptLegacySettings();
}

} // namespace

int main(int argc, char* argv[])
{
    // Past a file-size limit a write should fail with EFBIG, which SQLite and QSaveFile report and roll back, rather
    // than kill the process.
    std::signal(SIGXFSZ, SIG_IGN);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (CommandLine::isCommandLine(arguments)) {
        // The report draws its charts with widgets, so it needs a QApplication — but never a display. The other
        // commands stay a plain QCoreApplication: no platform plugin, nothing for it to say on stderr.
        std::unique_ptr<QCoreApplication> app;
        if (CommandLine::needsWidgets(arguments)) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        UiLanguage::apply(UiLanguage::setting());
        return CommandLine().run(app->arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
    UiLanguage::apply(UiLanguage::setting());
    if (!ColourScheme::setting().isEmpty()) // else the system's colours, as the platform gives them
        ColourScheme::apply(ColourScheme::setting());
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Action Plans"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/actionplans.svg")));

    // `actionplans FILE` or `actionplans --db FILE` opens FILE; otherwise the last file, or the default one.
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size())
            path = args.at(++i);
        else if (!args.at(i).startsWith(QLatin1Char('-')))
            path = args.at(i);
    }
    const bool named = !path.isEmpty();
    if (!named) {
        const QString last = QSettings().value(QStringLiteral("files/last")).toString();
        path = !last.isEmpty() && (QFileInfo::exists(last) || ServerAddress::isServerAddress(last))
            ? last
            : DataFile::defaultPath();
    }
    MainWindow window;
    window.show();
    // The last server, not reached (or its password not given), must not leave the window empty: the default file.
    if (!window.openFile(path) && !named && ServerAddress::isServerAddress(path))
        window.openFile(DataFile::defaultPath());
    window.welcome()->showOnFirstStart();
    return app.exec();
}
