#include "sodiumsecretbox.h"

#include <sodium.h>

namespace pecadmin {

namespace {

ServiceError cannotSeal()
{
    return ServiceError(ServiceError::Code::Storage,
        QT_TRANSLATE_NOOP("ServiceError", "The password could not be sealed for sending later."));
}

ServiceError cannotOpen()
{
    return ServiceError(ServiceError::Code::Storage,
        QT_TRANSLATE_NOOP("ServiceError",
            "The password kept for sending later cannot be read with the key of the system keyring: cancel the "
            "change and make it again."));
}

} // namespace

SodiumSecretBox::SodiumSecretBox(const QByteArray &key) : m_key(key)
{ }

SodiumSecretBox::~SodiumSecretBox()
{
    sodium_memzero(m_key.data(), size_t(m_key.size()));
}

std::shared_ptr<const SecretBox> SodiumSecretBox::withKey(const QByteArray &key)
{
    if (sodium_init() < 0 || key.size() != crypto_secretbox_KEYBYTES)
        return nullptr;
    return std::shared_ptr<const SecretBox>(new SodiumSecretBox(key));
}

QByteArray SodiumSecretBox::newKey()
{
    if (sodium_init() < 0)
        return {};
    QByteArray key(crypto_secretbox_KEYBYTES, '\0');
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

Result<QByteArray> SodiumSecretBox::seal(const QByteArray &clear) const
{
    QByteArray sealed(qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + clear.size(), '\0');
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    if (crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
            reinterpret_cast<const unsigned char *>(clear.constData()), quint64(clear.size()), nonce,
            reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return cannotSeal();
    return sealed;
}

Result<QByteArray> SodiumSecretBox::open(const QByteArray &sealed) const
{
    const qsizetype overhead = qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (sealed.size() < overhead)
        return cannotOpen();
    QByteArray clear(sealed.size() - overhead, '\0');
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(clear.data()), nonce + crypto_secretbox_NONCEBYTES,
            quint64(sealed.size()) - crypto_secretbox_NONCEBYTES, nonce,
            reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return cannotOpen();
    return clear;
}

} // namespace pecadmin
