#pragma once

// Help → User guide: the guide in the interface language (nb, nn or en), HTML from the app's resources shown in a
// QTextBrowser. Links inside the guide move within it; nothing is fetched from anywhere.

#include <QDialog>

class QTextBrowser;

class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    // Shows the guide in the language (nb, nn, en; any other gives English).
    void showGuide(const QString& languageCode);
    static QUrl guideUrl(const QString& languageCode);

protected:
    void changeEvent(QEvent* event) override;

private:
    QTextBrowser* m_browser;
};
