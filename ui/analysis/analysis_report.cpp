#include "analysis_report.h"

#include "analysis_view.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>

namespace clientele {

namespace {

struct AnalysisReport {
    Q_DECLARE_TR_FUNCTIONS(AnalysisReport)
};

void drawCover(QPainter& painter, const QRect& page, const ReportCover& cover) {
    QFont title = painter.font();
    title.setPointSize(28);
    title.setBold(true);
    painter.setFont(title);
    const QRect top(page.left(), page.top() + page.height() / 3, page.width(), page.height() / 8);
    painter.drawText(top, Qt::AlignCenter, cover.title);
    QFont body = painter.font();
    body.setPointSize(13);
    body.setBold(false);
    painter.setFont(body);
    const QRect below(page.left(), top.bottom(), page.width(), page.height() / 5);
    painter.drawText(below, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     cover.window + QStringLiteral("\n\n") + cover.created);
}

void drawView(QPainter& painter, const QRect& page, AnalysisView& view) {
    QFont heading = painter.font();
    heading.setPointSize(18);
    heading.setBold(true);
    painter.setFont(heading);
    const QRect head(page.left(), page.top(), page.width(), page.height() / 12);
    painter.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, view.title());
    const QRect body(page.left(), head.bottom() + page.height() / 60, page.width(),
                     page.bottom() - head.bottom() - page.height() / 60);
    if (!view.hasResult()) {
        QFont text = painter.font();
        text.setPointSize(13);
        text.setBold(false);
        painter.setFont(text);
        painter.drawText(body, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         view.emptyText());
        return;
    }
    // Laid out at one size for every page, the shape of the paper: a tab never shown has not
    // been laid out at all.
    // The view is resized, not its content: the scroll area holding the content sizes it to
    // its viewport on every resize.
    const QSize shown = view.size();
    view.resize(QSize(1400, 990));
    const QPixmap picture = view.reportWidget()->grab();
    view.resize(shown);
    const QSize fitted = picture.size().scaled(body.size(), Qt::KeepAspectRatio);
    painter.drawPixmap(QRect(body.topLeft(), fitted), picture);
}

} // namespace

Status writeAnalysisReport(const QString& path, const ReportCover& cover,
                           const std::vector<AnalysisView*>& views) {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setTitle(cover.title);
    writer.setCreator(QStringLiteral("Clientele"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::io(AnalysisReport::tr("%1 could not be written.").arg(path));
    const QRect page(0, 0, writer.width(), writer.height());
    drawCover(painter, page, cover);
    for (AnalysisView* view : views) {
        writer.newPage();
        drawView(painter, page, *view);
    }
    if (!painter.end())
        return Error::io(AnalysisReport::tr("%1 could not be written.").arg(path));
    return {};
}

} // namespace clientele
