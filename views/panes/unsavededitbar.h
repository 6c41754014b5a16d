#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// Says that a change the user typed was not saved, and why, while the typed text stays where it was typed: with
// "Save again" and "Discard". In words (and announced to a screen reader), not only in a colour.
class UnsavedEditBar : public QFrame
{
    Q_OBJECT

public:
    explicit UnsavedEditBar(QWidget* parent = nullptr);

    // Shows the bar; measureTitle names the measure when it is not the one shown.
    void showProblem(const QString& reason, const QString& measureTitle = QString());

signals:
    void saveAgainRequested();
    void discardRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_text;
    QPushButton* m_saveAgain;
    QPushButton* m_discard;
    QString m_reason;
    QString m_measureTitle;
};
