#pragma once

#include "core/journal.h"

#include <QByteArray>

#include <memory>

namespace pecadmin {

// libsodium's crypto_secretbox (XSalsa20 and Poly1305) under a 32-byte key held in memory
// only: a sealed secret is a fresh random nonce followed by the ciphertext.
class SodiumSecretBox : public SecretBox
{
public:
    // The box for `key` (crypto_secretbox_KEYBYTES bytes), or none where it has another size.
    static std::shared_ptr<const SecretBox> withKey(const QByteArray &key);
    // A new random key.
    static QByteArray newKey();
    ~SodiumSecretBox() override;

    Result<QByteArray> seal(const QByteArray &clear) const override;
    Result<QByteArray> open(const QByteArray &sealed) const override;

private:
    explicit SodiumSecretBox(const QByteArray &key);
    QByteArray m_key;
};

} // namespace pecadmin
