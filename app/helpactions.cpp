#include "helpactions.h"

#include "chartwidget.h"
#include "database.h"
#include "uilanguage.h"
#include "userguidedialog.h"
#include "xlsxexport.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

HelpActions::HelpActions(QMainWindow* window, std::function<void()> showWelcome)
    : QObject(window)
    , m_window(window)
    , m_menu(window->menuBar()->addMenu(QString()))
{
    m_menu->setObjectName(QStringLiteral("helpMenu"));
    m_guideAction = m_menu->addAction(QString(), this, &HelpActions::showUserGuide);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_welcomeAction = m_menu->addAction(QString(), this, std::move(showWelcome));
    m_welcomeAction->setObjectName(QStringLiteral("welcomeAction"));
    m_menu->addSeparator();
    m_aboutAction = m_menu->addAction(QString(), this, &HelpActions::about);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void HelpActions::retranslate()
{
    m_menu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_welcomeAction->setText(tr("&Welcome…"));
    m_aboutAction->setText(tr("&About Action Plans"));
}

void HelpActions::about()
{
    // Our own text, so rich text on purpose; the one value from outside (the version) is escaped.
    QMessageBox box(m_window);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setWindowTitle(tr("About Action Plans"));
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Action Plans %1</h3>"
                   "<p>Plastic-smart, circular and climate action plans for Norwegian municipalities, kept offline "
                   "in one SQLite file.</p>"
                   "<p>Licence: GNU General Public License, version 3 or later.</p>"
                   "<p>Built with Qt %2, SQLite %3, QCustomPlot %4 and libxlsxwriter %5.</p>"
                   "<p>Municipalities and counties © Kartverket; population © Statistisk sentralbyrå (table "
                   "07459); both CC BY 4.0.</p>")
                    .arg(QApplication::applicationVersion().toHtmlEscaped(),
                         QString::fromLatin1(qVersion()),
                         Database::sqliteVersion(),
                         ChartWidget::qcustomplotVersion(),
                         XlsxExport::libraryVersion()));
    box.exec();
}

void HelpActions::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideDialog(m_window);
    m_guide->showGuide(UiLanguage::effective(UiLanguage::setting()));
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}
