#pragma once

#include "serveraddress.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File › Connect to server…: where the network's PostgreSQL server is and who connects, with the password asked for
// here and kept only in memory for this connection (libpq's ~/.pgpass and PGPASSWORD work when it is left empty).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts from address (its password ignored); problem, when given, says why the last attempt failed.
    explicit ConnectDialog(const ServerAddress& address, const QString& problem = QString(), QWidget* parent = nullptr);

    // The address chosen, without the password.
    ServerAddress address() const;
    QString password() const;
    void accept() override;

private:
    ServerAddress m_address;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_encryption;
    QLabel* m_problem;
};
