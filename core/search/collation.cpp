#include "collation.h"

#include <unicode/ucol.h>

namespace clientele {

struct NameCollator::Impl {
    UCollator* collator = nullptr;
};

NameCollator::NameCollator(const QString& locale)
    : m_impl(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    m_impl->collator = ucol_open(locale.toUtf8().constData(), &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        m_impl->collator = ucol_open("", &status); // root collation
    }
    if (m_impl->collator) {
        // Secondary strength: case and width differences do not split a name's place in the list.
        ucol_setStrength(m_impl->collator, UCOL_SECONDARY);
    }
}

NameCollator::~NameCollator() {
    if (m_impl->collator)
        ucol_close(m_impl->collator);
}

QByteArray NameCollator::key(const QString& text) const {
    if (!m_impl->collator)
        return text.toUtf8();
    const auto* chars = reinterpret_cast<const UChar*>(text.utf16());
    QByteArray out(64, Qt::Uninitialized);
    int needed =
        ucol_getSortKey(m_impl->collator, chars, static_cast<int>(text.size()),
                        reinterpret_cast<uint8_t*>(out.data()), static_cast<int>(out.size()));
    if (needed > out.size()) {
        out.resize(needed);
        needed =
            ucol_getSortKey(m_impl->collator, chars, static_cast<int>(text.size()),
                            reinterpret_cast<uint8_t*>(out.data()), static_cast<int>(out.size()));
    }
    // The key ends with a NUL that memcmp order does not need.
    out.resize(needed > 0 ? needed - 1 : 0);
    return out;
}

} // namespace clientele
