#include "compact_keys.h"

#include <cstring>
#include <functional>

namespace clientele {

namespace {

constexpr std::size_t kBlockSize = 1 << 20;
constexpr int kOffsetBits = 32;

void putLength(char* at, std::size_t length) {
    const auto n = static_cast<quint32>(length);
    std::memcpy(at, &n, sizeof n);
}

quint32 lengthAt(const char* at) {
    quint32 n = 0;
    std::memcpy(&n, at, sizeof n);
    return n;
}

} // namespace

char* TextArena::reserve(std::size_t size, Handle& handle) {
    if (m_blocks.empty() || m_used + size > m_sizes.back()) {
        const std::size_t capacity = std::max(size, kBlockSize);
        m_blocks.push_back(std::make_unique<char[]>(capacity));
        m_sizes.push_back(capacity);
        m_used = 0;
    }
    handle = (Handle(m_blocks.size() - 1) << kOffsetBits) | m_used;
    char* at = m_blocks.back().get() + m_used;
    m_used += size;
    m_bytes += static_cast<qint64>(size);
    return at;
}

TextArena::Handle TextArena::add(std::string_view text) {
    return addPair(text, {});
}

TextArena::Handle TextArena::addPair(std::string_view first, std::string_view second) {
    Handle handle = 0;
    char* at = reserve(2 * sizeof(quint32) + first.size() + second.size(), handle);
    putLength(at, first.size());
    std::memcpy(at + sizeof(quint32), first.data(), first.size());
    at += sizeof(quint32) + first.size();
    putLength(at, second.size());
    std::memcpy(at + sizeof(quint32), second.data(), second.size());
    return handle;
}

std::string_view TextArena::first(Handle handle) const {
    const char* at = m_blocks[handle >> kOffsetBits].get() + (handle & 0xffffffffU);
    return {at + sizeof(quint32), lengthAt(at)};
}

std::string_view TextArena::second(Handle handle) const {
    const std::string_view before = first(handle);
    const char* at = before.data() + before.size();
    return {at + sizeof(quint32), lengthAt(at)};
}

std::size_t CompactKeys::slotOf(std::string_view key) const {
    const std::size_t mask = m_slots.size() - 1;
    std::size_t slot = std::hash<std::string_view>{}(key)&mask;
    while (m_slots[slot] != 0 && this->key(m_slots[slot] - 1) != key)
        slot = (slot + 1) & mask;
    return slot;
}

std::optional<quint32> CompactKeys::find(std::string_view key) const {
    if (m_slots.empty())
        return std::nullopt;
    const quint32 found = m_slots[slotOf(key)];
    if (found == 0)
        return std::nullopt;
    return found - 1;
}

void CompactKeys::grow() {
    std::vector<quint32> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
    for (const quint32 entry : old)
        if (entry != 0)
            m_slots[slotOf(key(entry - 1))] = entry;
}

quint32 CompactKeys::insert(std::string_view key, std::string_view companion, bool& added) {
    // At most half full, so that probes stay short.
    if (2 * (m_handles.size() + 1) > m_slots.size())
        grow();
    const std::size_t slot = slotOf(key);
    if (m_slots[slot] != 0) {
        added = false;
        return m_slots[slot] - 1;
    }
    added = true;
    m_handles.push_back(m_arena.addPair(key, companion));
    m_slots[slot] = static_cast<quint32>(m_handles.size());
    return m_slots[slot] - 1;
}

qint64 CompactKeys::approximateBytes() const {
    return m_arena.bytes() + qint64(m_handles.capacity() * sizeof(TextArena::Handle)) +
           qint64(m_slots.capacity() * sizeof(quint32));
}

} // namespace clientele
