#pragma once

#include <QtGlobal>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace clientele {

// Texts packed end to end in 1 MiB blocks: no allocation per text and no copy on growth, so a
// million short keys cost little more than their bytes. A text is addressed by the handle add()
// returned; texts added together with addPair() are read back with first() and second().
class TextArena {
public:
    using Handle = quint64;

    Handle add(std::string_view text);
    Handle addPair(std::string_view first, std::string_view second);
    std::string_view first(Handle handle) const;
    std::string_view second(Handle handle) const;
    qint64 bytes() const { return m_bytes; }

private:
    char* reserve(std::size_t size, Handle& handle);

    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::vector<std::size_t> m_sizes; // capacity of each block
    std::size_t m_used = 0;           // bytes used in the last block
    qint64 m_bytes = 0;
};

// A set of UTF-8 keys numbered 0, 1, 2... in the order they were first added, with each key's
// first text kept in a TextArena next to it (an order number and its date, a customer ref and
// its name). Open addressing over 32-bit slots: about 16 bytes per key plus the texts.
class CompactKeys {
public:
    std::optional<quint32> find(std::string_view key) const;
    // The key's number, adding it (with companion text) when new; `added` says which.
    quint32 insert(std::string_view key, std::string_view companion, bool& added);

    std::size_t size() const { return m_handles.size(); }
    std::string_view key(quint32 index) const { return m_arena.first(m_handles[index]); }
    std::string_view companion(quint32 index) const { return m_arena.second(m_handles[index]); }
    qint64 approximateBytes() const;

private:
    std::size_t slotOf(std::string_view key) const;
    void grow();

    TextArena m_arena;
    std::vector<TextArena::Handle> m_handles;
    std::vector<quint32> m_slots; // 0 empty, else index + 1
};

} // namespace clientele
