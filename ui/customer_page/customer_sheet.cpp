#include "customer_sheet.h"

#include "common/text_lists.h"
#include "customers/customer_labels.h"
#include "domain/customer_note_repository.h"
#include "domain/customer_repository.h"
#include "domain/customer_summary.h"
#include "domain/preference_repository.h"
#include "domain/task_repository.h"
#include "domain/visit_repository.h"
#include "shell/app_context.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace clientele {

namespace {

struct CustomerSheet {
    Q_DECLARE_TR_FUNCTIONS(CustomerSheet)
};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& value) {
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td class='k'>%1</td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString personalSection(const Customer& c, const AppContext& app) {
    QString html = QStringLiteral("<table>");
    html += row(CustomerSheet::tr("Phones"), splitList(c.phones).join(QStringLiteral(", ")));
    html += row(CustomerSheet::tr("Emails"), splitList(c.emails).join(QStringLiteral(", ")));
    html += row(CustomerSheet::tr("Address"),
                QStringList{c.address, c.city}.join(QStringLiteral(" ")).trimmed());
    html += row(CustomerSheet::tr("Title"), c.title);
    html +=
        row(CustomerSheet::tr("Birthday"), c.birthday.isEmpty() ? QString() : app.date(c.birthday));
    html += row(CustomerSheet::tr("Native place"), c.nativePlace);
    html += row(CustomerSheet::tr("Education"), c.education);
    html += row(CustomerSheet::tr("Experience"), c.occupation);
    html += row(CustomerSheet::tr("Family"), c.family);
    html += row(CustomerSheet::tr("Personality"), c.personality);
    html += row(CustomerSheet::tr("Hobbies"), c.hobbies);
    return html + QStringLiteral("</table>");
}

QString listSection(const QString& title, const QStringList& items) {
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(esc(title));
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QStringList preferenceItems(Database& db, Id id) {
    QStringList items;
    if (auto prefs = PreferenceRepository(db).listForCustomer(id))
        for (const Preference& p : *prefs)
            items << QStringLiteral("%1 %2: %3")
                         .arg(p.sentiment == QLatin1String("dislike")
                                  ? CustomerSheet::tr("Dislikes")
                                  : CustomerSheet::tr("Likes"),
                              p.category, p.value);
    return items;
}

QStringList noteItems(Database& db, Id id) {
    QStringList items;
    if (auto notes = CustomerNoteRepository(db).listForCustomer(id))
        for (const CustomerNote& n : *notes)
            items << (n.kind == QLatin1String("goal") ? CustomerSheet::tr("Goal: ")
                                                      : CustomerSheet::tr("Need: ")) +
                         n.text;
    return items;
}

QStringList visitItems(Database& db, Id id, const AppContext& app) {
    QStringList items;
    if (auto visits = VisitRepository(db).listForCustomer(id)) {
        for (std::size_t i = 0; i < visits->size() && i < 5; ++i) {
            const Visit& v = (*visits)[i].visit;
            QString text =
                QStringLiteral("%1 %2: %3")
                    .arg(app.date(v.occurredAt), v.kind, v.subject.isEmpty() ? v.notes : v.subject);
            if (v.quotedPrice)
                text += CustomerSheet::tr(" (quoted %1 for %2)")
                            .arg(app.money(*v.quotedPrice), (*visits)[i].quotedProductName);
            items << text;
        }
    }
    return items;
}

QStringList openTaskItems(Database& db, Id id, const AppContext& app) {
    QStringList items;
    if (auto tasks = TaskRepository(db).listForCustomer(id))
        for (const TaskRow& t : *tasks)
            if (t.task.doneAt.isEmpty())
                items << QStringLiteral("%1 %2").arg(app.date(t.task.dueOn), t.task.title);
    return items;
}

} // namespace

QString customerSheetHtml(AppContext& app, Id id) {
    Database& db = app.database();
    auto c = CustomerRepository(db).get(id);
    if (!c)
        return {};
    const auto summary = readCustomerSummary(db, id, app.today());
    QString html = QStringLiteral(
        "<html><head><style>body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;"
        "font-size:10pt;} h1{font-size:18pt;margin:0;} h3{font-size:11pt;margin:10px 0 2px 0;"
        "color:#1d4f63;} td.k{color:#555;padding-right:12px;} .fig td{padding-right:22px;}"
        "</style></head><body>");
    html +=
        QStringLiteral("<h1>%1</h1><p>%2 · %3 · %4</p>")
            .arg(esc(c->name), esc(c->ref), esc(customerStatusLabel(c->status)),
                 esc(c->tier.isEmpty() ? QString() : CustomerSheet::tr("Tier %1").arg(c->tier)));
    if (summary)
        html += QStringLiteral("<table class='fig'><tr><td>%1<br><b>%2</b></td><td>%3<br><b>%4"
                               "</b></td><td>%5<br><b>%6</b></td><td>%7<br><b>%8</b></td></tr>"
                               "</table>")
                    .arg(esc(CustomerSheet::tr("Lifetime revenue")),
                         esc(app.money(summary->revenue)), esc(CustomerSheet::tr("Profit")),
                         esc(app.money(summary->profit)), esc(CustomerSheet::tr("Orders")),
                         QString::number(summary->orders), esc(CustomerSheet::tr("Last order")),
                         esc(summary->lastOrder.isEmpty() ? CustomerSheet::tr("none")
                                                          : app.date(summary->lastOrder)));
    html += personalSection(*c, app);
    html += listSection(CustomerSheet::tr("Likes and dislikes"), preferenceItems(db, id));
    html += listSection(CustomerSheet::tr("Goals and needs"), noteItems(db, id));
    html += listSection(CustomerSheet::tr("Recent visits"), visitItems(db, id, app));
    html += listSection(CustomerSheet::tr("Open tasks"), openTaskItems(db, id, app));
    return html + QStringLiteral("</body></html>");
}

Status writeCustomerSheetPdf(AppContext& app, Id customerId, const QString& path) {
    const QString html = customerSheetHtml(app, customerId);
    if (html.isEmpty())
        return Error::notFound(QStringLiteral("no such customer"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("%1: %2").arg(path, file.errorString()));
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Customer sheet"));
    QTextDocument document;
    document.setHtml(html);
    QPainter painter(&writer);
    // One page: lay the text out at the page's width and scale it down if it runs longer.
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal scale = writer.resolution() / 96.0;
    document.setPageSize(QSizeF(page.width() / scale, 1e6));
    const qreal height = document.size().height() * scale;
    const qreal fit = height > page.height() ? page.height() / height : 1.0;
    painter.scale(scale * fit, scale * fit);
    document.drawContents(&painter);
    painter.end();
    file.close();
    if (file.error() != QFile::NoError)
        return Error::io(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace clientele
