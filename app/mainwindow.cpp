#include "mainwindow.h"

#include "database.h"
#include "datafile.h"
#include "planlistmodel.h"
#include "planlistpane.h"
#include "stores.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace {
const QString LastFileKey = QStringLiteral("files/last");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_planPane(new PlanListPane(this))
    , m_fileLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_planPane);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_fileLabel, 1);
    createActions();
    retranslate();
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(StateKey).toByteArray());
}

MainWindow::~MainWindow()
{
    // The pane's proxy holds the model: detach before the model and its stores go.
    m_planPane->setModel(nullptr);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDialog);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveCopyAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveCopyDialog);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New file…"));
    m_openAction->setText(tr("&Open…"));
    m_saveCopyAction->setText(tr("Save a &copy…"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Action Plans"));
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

QString MainWindow::filePath() const
{
    return m_db ? m_db->filePath() : QString();
}

bool MainWindow::openFile(const QString& path, bool quiet)
{
    auto db = std::make_unique<Database>();
    QString error;
    if (!DataFile::openOrCreate(*db, path, path == DataFile::defaultPath(), &error)) {
        m_lastError = error;
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot open the file"), error);
        return false;
    }
    m_planPane->setModel(nullptr);
    m_planModel.reset();
    m_stores.reset();
    m_db = std::move(db);
    m_stores = std::make_unique<Stores>(*m_db);
    m_planModel = std::make_unique<PlanListModel>(*m_stores);
    m_planPane->setModel(m_planModel.get());
    m_saveCopyAction->setEnabled(true);
    QSettings().setValue(LastFileKey, m_db->filePath());
    updateTitle();
    return true;
}

void MainWindow::updateTitle()
{
    if (!m_db) {
        setWindowTitle(tr("Action Plans"));
        m_fileLabel->setText(tr("No file is open."));
        if (m_saveCopyAction)
            m_saveCopyAction->setEnabled(false);
        return;
    }
    const QString name = QFileInfo(m_db->filePath()).fileName();
    setWindowTitle(tr("%1 – Action Plans").arg(name));
    const QString shown = QDir::toNativeSeparators(m_db->filePath());
    m_fileLabel->setText(m_db->isReadOnly() ? tr("%1 (read-only: changes cannot be saved)").arg(shown) : shown);
}

void MainWindow::openDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this,
                                       tr("Open an action-plan file"),
                                       QFileInfo(filePath()).absolutePath(),
                                       tr("Action-plan files (*.handlingsplan *.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newDialog()
{
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("New action-plan file"),
                                                QFileInfo(filePath()).absolutePath(),
                                                tr("Action-plan files (*.handlingsplan)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".handlingsplan");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this,
                             tr("Cannot create the file"),
                             tr("“%1” already exists. Open it with File → Open, or choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openFile(path);
}

void MainWindow::saveCopyDialog()
{
    if (!m_db)
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy"), QFileInfo(filePath()).absolutePath(), tr("Action-plan files (*.handlingsplan)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".handlingsplan");
    if (!m_db->saveCopy(path))
        QMessageBox::warning(this, tr("Cannot save a copy"), m_db->errorString());
    else
        statusBar()->showMessage(tr("Saved a copy as “%1”.").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::about()
{
    QMessageBox::about(
        this,
        tr("About Action Plans"),
        tr("<h3>Action Plans %1</h3>"
           "<p>Plastic-smart, circular and climate action plans for Norwegian municipalities, kept offline in one "
           "SQLite file.</p>"
           "<p>Licence: GNU General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2, SQLite and QCustomPlot.</p>"
           "<p>Municipalities and counties © Kartverket; population © Statistisk sentralbyrå (table 07459); both "
           "CC BY 4.0.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}
