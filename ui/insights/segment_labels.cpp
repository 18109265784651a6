#include "segment_labels.h"

#include <QCoreApplication>

namespace clientele {

QString segmentLabel(analysis::Segment segment) {
    using analysis::Segment;
    switch (segment) {
    case Segment::Champions:
        return QCoreApplication::translate("Segment", "Champions");
    case Segment::Loyal:
        return QCoreApplication::translate("Segment", "Loyal");
    case Segment::CantLose:
        return QCoreApplication::translate("Segment", "Can't lose");
    case Segment::AtRisk:
        return QCoreApplication::translate("Segment", "At risk");
    case Segment::New:
        return QCoreApplication::translate("Segment", "New");
    case Segment::PotentialLoyalist:
        return QCoreApplication::translate("Segment", "Potential loyalist");
    case Segment::NeedAttention:
        return QCoreApplication::translate("Segment", "Need attention");
    case Segment::Hibernating:
        return QCoreApplication::translate("Segment", "Hibernating");
    case Segment::Lost:
        break;
    }
    return QCoreApplication::translate("Segment", "Lost");
}

} // namespace clientele
