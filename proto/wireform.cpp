#include "wireform.h"

#include <array>

namespace circle::wire {

namespace {

constexpr std::array<int, 4> kHyphens { 8, 13, 18, 23 };
constexpr char kHex[] = "0123456789abcdef";

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1; // upper case too: only the canonical form packs, so unpacking restores it exactly
}

bool isHyphenAt(std::size_t i)
{
    for (int h : kHyphens)
        if (std::size_t(h) == i)
            return true;
    return false;
}

/** Appends @p digits lower-case hex digits of @p value, most significant first. */
void appendHex(std::string &out, unsigned long long value, int digits)
{
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out.push_back(kHex[(value >> shift) & 0xf]);
}

/** Reads exactly @p text.size() lower-case hex digits; false on anything else. */
bool readHex(std::string_view text, unsigned long long *value)
{
    unsigned long long v = 0;
    for (char c : text) {
        const int d = hexValue(c);
        if (d < 0)
            return false;
        v = (v << 4) | unsigned(d);
    }
    *value = v;
    return true;
}

constexpr std::size_t kUuidText = 36;
constexpr std::size_t kUuidBytes = 16;
constexpr std::size_t kHlcPrefix = 20; // 12 hex, '.', 6 hex, '.'
constexpr std::size_t kHlcBytes = 6 + 3 + kUuidBytes;

} // namespace

std::string packUuid(std::string_view text)
{
    if (text.size() != kUuidText)
        return {};
    std::string out;
    out.reserve(kUuidBytes);
    int high = -1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (isHyphenAt(i)) {
            if (text[i] != '-')
                return {};
            continue;
        }
        const int d = hexValue(text[i]);
        if (d < 0)
            return {};
        if (high < 0) {
            high = d;
        } else {
            out.push_back(char((high << 4) | d));
            high = -1;
        }
    }
    return out;
}

std::string unpackUuid(std::string_view bytes)
{
    if (bytes.size() != kUuidBytes)
        return {};
    std::string out;
    out.reserve(kUuidText);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (out.size() == 8 || out.size() == 13 || out.size() == 18 || out.size() == 23)
            out.push_back('-');
        appendHex(out, static_cast<unsigned char>(bytes[i]), 2);
    }
    return out;
}

std::string packHlc(std::string_view text)
{
    if (text.size() != kHlcPrefix + kUuidText || text[12] != '.' || text[19] != '.')
        return {};
    unsigned long long ms = 0;
    unsigned long long counter = 0;
    if (!readHex(text.substr(0, 12), &ms) || !readHex(text.substr(13, 6), &counter))
        return {};
    const std::string node = packUuid(text.substr(kHlcPrefix));
    if (node.empty())
        return {};
    std::string out;
    out.reserve(kHlcBytes);
    for (int shift = 40; shift >= 0; shift -= 8)
        out.push_back(char((ms >> shift) & 0xff));
    for (int shift = 16; shift >= 0; shift -= 8)
        out.push_back(char((counter >> shift) & 0xff));
    out += node;
    return out;
}

std::string unpackHlc(std::string_view bytes)
{
    if (bytes.size() != kHlcBytes)
        return {};
    unsigned long long ms = 0;
    unsigned long long counter = 0;
    for (std::size_t i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<unsigned char>(bytes[i]);
    for (std::size_t i = 6; i < 9; ++i)
        counter = (counter << 8) | static_cast<unsigned char>(bytes[i]);
    std::string out;
    out.reserve(kHlcPrefix + kUuidText);
    appendHex(out, ms, 12);
    out.push_back('.');
    appendHex(out, counter, 6);
    out.push_back('.');
    out += unpackUuid(bytes.substr(9));
    return out;
}

void compact(circle::v1::Mutation &m)
{
    if (std::string packed = packUuid(m.mutation_id()); !packed.empty()) {
        m.set_mutation_uuid(std::move(packed));
        m.clear_mutation_id();
    }
    if (std::string packed = packUuid(m.record_id()); !packed.empty()) {
        m.set_record_uuid(std::move(packed));
        m.clear_record_id();
    }
    if (std::string packed = packHlc(m.hlc()); !packed.empty()) {
        m.set_hlc_packed(std::move(packed));
        m.clear_hlc();
    }
}

bool expand(circle::v1::Mutation &m)
{
    std::string mutationId, recordId, hlc;
    if (!m.mutation_uuid().empty()) {
        mutationId = unpackUuid(m.mutation_uuid());
        if (mutationId.empty() || !m.mutation_id().empty())
            return false;
    }
    if (!m.record_uuid().empty()) {
        recordId = unpackUuid(m.record_uuid());
        if (recordId.empty() || !m.record_id().empty())
            return false;
    }
    if (!m.hlc_packed().empty()) {
        hlc = unpackHlc(m.hlc_packed());
        if (hlc.empty() || !m.hlc().empty())
            return false;
    }
    if (!mutationId.empty()) {
        m.set_mutation_id(std::move(mutationId));
        m.clear_mutation_uuid();
    }
    if (!recordId.empty()) {
        m.set_record_id(std::move(recordId));
        m.clear_record_uuid();
    }
    if (!hlc.empty()) {
        m.set_hlc(std::move(hlc));
        m.clear_hlc_packed();
    }
    return true;
}

std::string mutationIdOf(const circle::v1::Mutation &m)
{
    if (m.mutation_uuid().empty())
        return m.mutation_id();
    return unpackUuid(m.mutation_uuid());
}

} // namespace circle::wire
