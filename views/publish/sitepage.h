#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// One page of a published site, and the small pieces of HTML its content is made of. Every text goes in through
// Html::text and so is escaped: a measure titled "<script>" shows as text. The markup is polyglot (well-formed XML
// and HTML5 at once), so a test can read it with an XML reader.
namespace Html {

QString text(const QString& plain);
QString link(const QString& href, const QString& plain);
QString heading(int level, const QString& plain, const QString& id = {});
QString paragraph(const QString& plain);
// Rows of cells that are HTML already (made with text() or link()); the first column names its row when rowHeaders.
QString table(const QString& caption,
              const QStringList& headers,
              const QVector<QStringList>& rows,
              const QVector<int>& numberColumns = {},
              bool rowHeaders = false);
// A definition list of plain terms and HTML values.
QString facts(const QVector<QPair<QString, QString>>& termsAndValues);
QString list(const QStringList& itemsHtml);

} // namespace Html

class SitePage
{
    Q_DECLARE_TR_FUNCTIONS(SitePage)

public:
    // What every page of one site shares.
    struct Site
    {
        QString language; // nb, nn or en
        QString title; // the plan's title
        QString owner; // "Horten kommune"
        QString published; // the date, as Norwegian documents write it
        QVector<QPair<QString, QString>> navigation; // file names and labels of the site's main pages
    };

    // fileName is the page's own, for the navigation's aria-current.
    SitePage(const Site& site, const QString& fileName, const QString& title);

    void add(const QString& html) { m_main += html; }
    void setBreadcrumbs(const QVector<QPair<QString, QString>>& hrefsAndTexts) { m_breadcrumbs = hrefsAndTexts; }
    QString html() const;

    // The site's one style sheet, style.css.
    static QByteArray styleSheet();
    // accessibility.html: the accessibility statement (tilgjengelighetserklæring) Norwegian public sites must have.
    static QByteArray accessibilityStatement(const Site& site, const QString& homeTitle);

private:
    Site m_site;
    QString m_fileName;
    QString m_title;
    QString m_main;
    QVector<QPair<QString, QString>> m_breadcrumbs;
};
