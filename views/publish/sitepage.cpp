#include "sitepage.h"

#include "charthtml.h"

QString Html::text(const QString& plain)
{
    return ChartHtml::escaped(plain);
}

QString Html::link(const QString& href, const QString& plain)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(text(href), text(plain));
}

QString Html::heading(int level, const QString& plain, const QString& id)
{
    const QString attribute = id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(text(id));
    return QStringLiteral("<h%1%2>%3</h%1>\n").arg(level).arg(attribute, text(plain));
}

QString Html::paragraph(const QString& plain)
{
    return QLatin1String("<p>") + text(plain) + QLatin1String("</p>\n");
}

QString Html::table(const QString& caption,
                    const QStringList& headers,
                    const QVector<QStringList>& rows,
                    const QVector<int>& numberColumns,
                    bool rowHeaders)
{
    QString html = ChartHtml::scrollBox(caption) + QLatin1String("<table>\n");
    if (!caption.isEmpty())
        html += QLatin1String("<caption>") + text(caption) + QLatin1String("</caption>\n");
    html += QLatin1String("<thead><tr>");
    for (int column = 0; column < headers.size(); ++column)
        html += QStringLiteral("<th scope=\"col\"%1>%2</th>")
                    .arg(numberColumns.contains(column) ? QStringLiteral(" class=\"number\"") : QString(),
                         text(headers.at(column)));
    html += QLatin1String("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : rows) {
        html += QLatin1String("<tr>");
        for (int column = 0; column < row.size(); ++column) {
            const bool header = rowHeaders && column == 0;
            const QString kind = header ? QStringLiteral("th scope=\"row\"") : QStringLiteral("td");
            const QString number = numberColumns.contains(column) ? QStringLiteral(" class=\"number\"") : QString();
            html += QStringLiteral("<%1%2>%3</%4>").arg(kind, number, row.at(column), kind.left(2));
        }
        html += QLatin1String("</tr>\n");
    }
    return html + QLatin1String("</tbody></table></div>\n");
}

QString Html::facts(const QVector<QPair<QString, QString>>& termsAndValues)
{
    QString html = QLatin1String("<dl class=\"facts\">\n");
    for (const auto& [term, value] : termsAndValues)
        html += QLatin1String("<div><dt>") + text(term) + QLatin1String("</dt><dd>") + value
            + QLatin1String("</dd></div>\n");
    return html + QLatin1String("</dl>\n");
}

QString Html::list(const QStringList& itemsHtml)
{
    QString html = QLatin1String("<ul>\n");
    for (const QString& item : itemsHtml)
        html += QLatin1String("<li>") + item + QLatin1String("</li>\n");
    return html + QLatin1String("</ul>\n");
}

SitePage::SitePage(const Site& site, const QString& fileName, const QString& title)
    : m_site(site)
    , m_fileName(fileName)
    , m_title(title)
{
}

QString SitePage::html() const
{
    const auto navItem = [this](const QString& href, const QString& label) {
        const QString current = href == m_fileName ? QStringLiteral(" aria-current=\"page\"") : QString();
        return QStringLiteral("<li><a href=\"%1\"%2>%3</a></li>").arg(href, current, Html::text(label));
    };
    QString html
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\" />\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                         "<title>%2</title>\n<link rel=\"stylesheet\" href=\"style.css\" />\n</head>\n<body>\n")
              .arg(Html::text(m_site.language),
                   Html::text(m_title == m_site.title ? m_title : m_title + QStringLiteral(" – ") + m_site.title));
    html += QLatin1String("<a class=\"skip\" href=\"#main\">") + Html::text(tr("Skip to the content"))
        + QLatin1String("</a>\n<header>\n<p class=\"site\">")
        + Html::text(m_site.owner == m_site.title ? m_site.title : m_site.owner + QStringLiteral(" · ") + m_site.title)
        + QLatin1String("</p>\n");
    html += QStringLiteral("<nav aria-label=\"%1\"><ul>").arg(Html::text(tr("Main pages")));
    for (const auto& [href, label] : m_site.navigation)
        html += navItem(href, label);
    html += QLatin1String("</ul></nav>\n</header>\n");
    if (!m_breadcrumbs.isEmpty()) {
        html += QStringLiteral("<nav class=\"crumbs\" aria-label=\"%1\"><ol>").arg(Html::text(tr("You are here")));
        for (const auto& [href, label] : m_breadcrumbs)
            html += QLatin1String("<li>") + Html::link(href, label) + QLatin1String("</li>");
        html += QLatin1String("<li aria-current=\"page\">") + Html::text(m_title) + QLatin1String("</li></ol></nav>\n");
    }
    html += QLatin1String("<main id=\"main\">\n") + m_main + QLatin1String("</main>\n");
    html += QLatin1String("<footer><p>")
        + Html::text(tr("Published %1 by %2 with Handlingsplaner.").arg(m_site.published, m_site.owner))
        + QLatin1String(" ") + Html::link(QStringLiteral("accessibility.html"), tr("Accessibility statement"))
        + QLatin1String("</p></footer>\n</body>\n</html>\n");
    return html;
}

QByteArray SitePage::styleSheet()
{
    // Readable without the style sheet too (the order of the markup is the reading order). Colours: the reader's own
    // (Canvas, CanvasText, LinkText follow light and dark settings), and links underlined; nothing told by colour only.
    return QByteArrayLiteral(R"(:root { color-scheme: light dark; }
body { font-family: "DejaVu Sans", Verdana, sans-serif; line-height: 1.5; max-width: 56em; margin: 0 auto;
       padding: 0 1em; background: Canvas; color: CanvasText; overflow-wrap: anywhere; }
a { color: LinkText; text-decoration: underline; }
a:focus-visible, .table:focus-visible { outline: 3px solid CanvasText; outline-offset: 2px; }
.skip { position: absolute; left: -100em; }
.skip:focus { position: static; }
header { border-bottom: 2px solid CanvasText; padding: 0.5em 0; }
header .site { margin: 0.5em 0; font-weight: bold; }
nav ul, nav ol { list-style: none; padding: 0; margin: 0.3em 0; display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; }
.crumbs ol li + li::before { content: "\203A  "; }
h1 { font-size: 1.8em; line-height: 1.25; } h2 { font-size: 1.4em; margin-top: 1.6em; } h3 { font-size: 1.15em; }
.table { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
th, td { border: 1px solid CanvasText; padding: 0.25em 0.5em; vertical-align: top; text-align: left;
         overflow-wrap: normal; } /* whole words in a table, which scrolls in its own box when it must */
.number { text-align: right; }
dl.facts { display: grid; grid-template-columns: minmax(8em, max-content) 1fr; gap: 0.2em 1em; }
dl.facts div { display: contents; }
dt { font-weight: bold; }
dd { margin: 0; }
figure { margin: 1em 0 2em; }
figcaption { font-weight: bold; }
.chart svg { width: 100%; height: auto; max-width: 40em; background: white; }
footer { border-top: 1px solid CanvasText; margin-top: 3em; font-size: 0.9em; }
@media (max-width: 30em) { dl.facts { grid-template-columns: 1fr; } dd { margin-bottom: 0.5em; } }
)");
}

QByteArray SitePage::accessibilityStatement(const Site& site, const QString& homeTitle)
{
    SitePage page(site, QStringLiteral("accessibility.html"), tr("Accessibility statement"));
    page.setBreadcrumbs({{QStringLiteral("index.html"), homeTitle}});
    page.add(Html::heading(1, tr("Accessibility statement")));
    page.add(Html::paragraph(
        tr("%1 wants everyone to be able to read these pages. They are made to meet the Web Content "
           "Accessibility Guidelines (WCAG) 2.1 at level AA, which the Norwegian regulation on universal design of "
           "ICT requires.")
            .arg(site.owner)));
    page.add(Html::heading(2, tr("What was checked, and how")));
    page.add(Html::list(
        {Html::text(tr("Pages made the same way as these (the sample plans that come with the app that made them) "
                       "were checked with the automatic tool axe-core in the Chromium browser, with no errors found.")),
         Html::text(tr("The pages have headings in order, landmarks, a link to skip to the content, link texts that "
                       "say where they lead, and tables with header cells.")),
         Html::text(tr("Every chart has a text that sums it up and a table of its figures.")),
         Html::text(tr("The pages work without JavaScript, follow the reader's own colours and text size, and fit "
                       "a screen 320 pixels wide without sideways scrolling of the text.")),
         Html::text(tr("Status is always told in words, never by colour alone."))}));
    page.add(Html::heading(2, tr("Known shortcomings")));
    page.add(Html::paragraph(tr("Automatic checks find only part of what can stop a reader. Wide tables may need "
                                "sideways scrolling on a narrow screen.")));
    page.add(Html::heading(2, tr("Feedback")));
    page.add(Html::paragraph(tr("If something on these pages is hard to use, tell %1. You can also notify the "
                                "Authority for universal design of ICT (Tilsynet for universell utforming av IKT) "
                                "at uutilsynet.no.")
                                 .arg(site.owner)));
    page.add(Html::paragraph(tr("Statement made %1.").arg(site.published)));
    return page.html().toUtf8();
}
