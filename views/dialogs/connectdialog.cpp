#include "connectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
constexpr int DefaultPort = 5432; // PostgreSQL's
const QString SslMode = QStringLiteral("sslmode");
} // namespace

ConnectDialog::ConnectDialog(const ServerAddress& address, const QString& problem, QWidget* parent)
    : QDialog(parent)
    , m_address(address)
    , m_host(new QLineEdit(address.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(address.database, this))
    , m_user(new QLineEdit(address.user, this))
    , m_password(new QLineEdit(this))
    , m_encryption(new QComboBox(this))
    , m_problem(new QLabel(problem, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a network's server"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("e.g. plans.network.no"));
    m_host->setAccessibleName(tr("Server"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(address.port > 0 ? address.port : DefaultPort);
    m_port->setAccessibleName(tr("Port"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setAccessibleName(tr("Database"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("from ~/.pgpass when left empty"));
    m_encryption->setObjectName(QStringLiteral("serverEncryption"));
    m_encryption->setAccessibleName(tr("Encryption"));
    m_encryption->addItem(tr("When the server offers it"), QString());
    m_encryption->addItem(tr("Always"), QStringLiteral("require"));
    m_encryption->addItem(tr("Always, and check the server's certificate"), QStringLiteral("verify-full"));
    const QString mode = address.options.value(SslMode);
    if (!mode.isEmpty() && m_encryption->findData(mode) < 0)
        m_encryption->addItem(mode, mode); // an address's own setting (verify-ca, disable, …) stays as it was
    m_encryption->setCurrentIndex(qMax(0, m_encryption->findData(mode)));
    m_problem->setObjectName(QStringLiteral("connectProblem"));
    m_problem->setTextFormat(Qt::PlainText); // a server's message is shown as it came, never as markup
    m_problem->setWordWrap(true);
    m_problem->setVisible(!problem.isEmpty());

    auto* note = new QLabel(tr("The password is used for this connection only and never saved. Your municipality's "
                               "or network's IT department gives you the server's address and your user name."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_encryption);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    // Ask for what is missing first: after a refused password, the password.
    QLineEdit* first = m_host;
    for (QLineEdit* field : {m_host, m_database, m_user}) {
        if (field->text().isEmpty()) {
            first = field;
            break;
        }
    }
    if (!m_host->text().isEmpty() && !m_database->text().isEmpty() && !m_user->text().isEmpty())
        first = m_password;
    first->setFocus();
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress address = m_address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value() == DefaultPort && m_address.port == 0 ? 0 : m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password.clear();
    const QString mode = m_encryption->currentData().toString();
    if (mode.isEmpty())
        address.options.remove(SslMode);
    else
        address.options.insert(SslMode, mode);
    return address;
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::accept()
{
    const std::pair<QLineEdit*, QString> required[]
        = {{m_database, tr("Give the name of the database.")}, {m_user, tr("Give your user name on the server.")}};
    for (const auto& [field, message] : required) {
        if (field->text().trimmed().isEmpty()) {
            m_problem->setText(message);
            m_problem->show();
            field->setFocus();
            return;
        }
    }
    QDialog::accept();
}
