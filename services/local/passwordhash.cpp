#include "passwordhash.h"

#include <sodium.h>

#include <QByteArrayView>

#include <mutex>

namespace pecadmin {

namespace {

// The cost of one hash. Argon2id with 19 MiB of memory and 2 passes is the minimum that
// OWASP's Password Storage Cheat Sheet recommends. It is chosen so that:
// - a Dovecot auth process verifies a login in a few tens of milliseconds and well within
//   its default memory limit, even with several logins at once;
// - creating thousands of mailboxes in one import stays practical (about 30 ms a hash on
//   an ordinary machine);
// - each guess still costs an attacker who stole the file 19 MiB of memory, which is what
//   makes Argon2id expensive on GPUs.
// The parameters are written into each hash, so raising them later keeps old hashes valid.
constexpr unsigned long long opsLimit = 2;
constexpr size_t memLimitBytes = size_t(19456) * 1024; // 19 MiB

constexpr char schemePrefix[] = "{ARGON2ID}";

bool ensureSodium()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

// The UTF-8 bytes of a password, zeroed when they go out of scope.
class ClearText
{
public:
    explicit ClearText(const QString &password) : m_bytes(password.toUtf8()) { }
    ~ClearText()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), size_t(m_bytes.size()));
    }
    ClearText(const ClearText &) = delete;
    ClearText &operator=(const ClearText &) = delete;

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

QByteArray hashClearText(const char *clear, unsigned long long size)
{
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, clear, size, opsLimit, memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QByteArray(schemePrefix) + QByteArray(out);
}

} // namespace

QByteArray hashPassword(const QString &password)
{
    if (!ensureSodium())
        return {};
    const ClearText clear(password);
    return hashClearText(clear.data(), clear.size());
}

bool verifyPassword(const QByteArray &storedHash, const QString &password)
{
    if (!ensureSodium())
        return false;
    QByteArray hash = storedHash;
    if (hash.startsWith(schemePrefix))
        hash.remove(0, qsizetype(sizeof(schemePrefix) - 1));
    if (!hash.startsWith("$argon2id$"))
        return false;
    const ClearText clear(password);
    return crypto_pwhash_str_verify(hash.constData(), clear.data(), clear.size()) == 0;
}

QByteArray unusablePasswordHash()
{
    if (!ensureSodium())
        return {};
    unsigned char secret[32];
    randombytes_buf(secret, sizeof secret);
    QByteArray hash = hashClearText(reinterpret_cast<const char *>(secret), sizeof secret);
    sodium_memzero(secret, sizeof secret);
    return hash;
}

} // namespace pecadmin
