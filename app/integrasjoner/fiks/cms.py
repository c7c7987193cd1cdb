"""CMS EnvelopedData (RFC 5652) as KS Fiks uses it: SvarInn payloads in, nivå 4 SvarUt documents out.

SvarInn delivers each forsendelse's zip as CMS EnvelopedData encrypted to the mottakersystem's
certificate. KS has used RSA PKCS#1 v1.5 key transport and now also RSA-OAEP with SHA-256, with
AES-256-CBC for the content. cryptography's own PKCS#7 reader refuses OAEP recipients, so
asn1crypto parses the structure and cryptography unwraps the content key and decrypts.

- ``dekrypter(data, privat_nokkel)``  the plaintext; any recipient the key opens is used
  (``FeilNokkel`` when the message is sound but for another key)
- ``krypter(data, sertifikat, oaep=False)``  EnvelopedData for one recipient (SvarUt's own
  certificate for nivå 4, and the tests' self-made SvarInn messages)

Errors are ``CmsFeil`` with a Norwegian message: the SvarInn service reports them as mottak feilet
and keeps the forsendelse for the archive.
"""

from __future__ import annotations

import os
from typing import Any

from asn1crypto import algos, cms, pem, x509
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import padding as rsa_padding
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.domain.feil import SaksbordFeil

_HASHER: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}
_AES_CBC = {"aes128_cbc": 16, "aes192_cbc": 24, "aes256_cbc": 32}


class CmsFeil(SaksbordFeil):
    """The message is not CMS EnvelopedData we can open (wrong key, damaged, unsupported algorithm)."""


class FeilNokkel(CmsFeil):
    """The message is sound CMS, but encrypted to another key than ours (perhaps our key is outdated)."""


def _der(data: bytes) -> bytes:
    if pem.detect(data):
        ut: Any = pem.unarmor(data)
        return bytes(ut[2])
    return data


def last_privat_nokkel(data: bytes, passord: bytes | None = None) -> RSAPrivateKey:
    """An RSA private key from PEM or DER (PKCS#8 or PKCS#1), optionally password protected."""
    try:
        if pem.detect(data):
            nokkel = serialization.load_pem_private_key(data, password=passord)
        else:
            nokkel = serialization.load_der_private_key(data, password=passord)
    except (ValueError, TypeError) as e:
        raise CmsFeil(f"Den private nøkkelen kan ikke leses: {e}") from e
    if not isinstance(nokkel, RSAPrivateKey):
        raise CmsFeil("Den private nøkkelen er ikke en RSA-nøkkel.")
    return nokkel


def _oaep(params: Any) -> rsa_padding.OAEP:
    if params is None or params.native is None:
        return rsa_padding.OAEP(mgf=rsa_padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
    hash_navn = params["hash_algorithm"]["algorithm"].native
    mgf = params["mask_gen_algorithm"]
    if mgf["algorithm"].native != "mgf1":
        raise CmsFeil(f"Ukjent maskegenerering i RSA-OAEP: {mgf['algorithm'].native}.")
    mgf_hash = mgf["parameters"]["algorithm"].native
    label = params["p_source_algorithm"]["parameters"].native or None
    if hash_navn not in _HASHER or mgf_hash not in _HASHER:
        raise CmsFeil(f"Ukjent hash i RSA-OAEP: {hash_navn}/{mgf_hash}.")
    return rsa_padding.OAEP(
        mgf=rsa_padding.MGF1(_HASHER[mgf_hash]()), algorithm=_HASHER[hash_navn](), label=label
    )


def _pakk_opp_nokkel(ri: Any, nokkel: RSAPrivateKey) -> bytes:
    alg: Any = ri["key_encryption_algorithm"]
    navn = alg["algorithm"].native
    kryptert: bytes = ri["encrypted_key"].native
    if navn == "rsaes_pkcs1v15":
        return nokkel.decrypt(kryptert, rsa_padding.PKCS1v15())
    if navn == "rsaes_oaep":
        return nokkel.decrypt(kryptert, _oaep(alg["parameters"]))
    raise CmsFeil(f"Ukjent nøkkeltransport i CMS-meldingen: {navn}.")


def dekrypter(data: bytes, privat_nokkel: RSAPrivateKey | bytes, *, passord: bytes | None = None) -> bytes:
    """The content of the CMS EnvelopedData ``data`` (DER or PEM), opened with ``privat_nokkel``."""
    nokkel = (
        privat_nokkel
        if isinstance(privat_nokkel, RSAPrivateKey)
        else last_privat_nokkel(privat_nokkel, passord)
    )
    try:
        info = cms.ContentInfo.load(_der(data))
        if info["content_type"].native != "enveloped_data":
            raise CmsFeil(
                f"Meldingen er CMS av typen {info['content_type'].native}, ikke kryptert (enveloped_data)."
            )
        env = info["content"]
        innhold = env["encrypted_content_info"]
        alg = innhold["content_encryption_algorithm"]
        alg_navn = alg["algorithm"].native
        if alg_navn not in _AES_CBC:
            raise CmsFeil(f"Ukjent innholdskryptering i CMS-meldingen: {alg_navn}.")
        iv = alg["parameters"].native
        chiffer = innhold["encrypted_content"].native
        mottakere = [ri.chosen for ri in env["recipient_infos"]]
    except CmsFeil:
        raise
    except (ValueError, TypeError, KeyError) as e:
        raise CmsFeil(f"Meldingen er ikke gyldig CMS: {e}") from e
    if not isinstance(chiffer, bytes) or not chiffer:
        raise CmsFeil("CMS-meldingen har ikke noe kryptert innhold.")
    if not isinstance(iv, bytes) or len(iv) != 16:
        raise CmsFeil("CMS-meldingen har en ugyldig initialiseringsvektor.")
    grunner: list[str] = []
    for ri in mottakere:
        if not isinstance(ri, cms.KeyTransRecipientInfo):
            grunner.append(f"mottakertype {type(ri).__name__} støttes ikke")
            continue
        try:
            innholdsnokkel = _pakk_opp_nokkel(ri, nokkel)
        except ValueError:
            grunner.append("nøkkelen passer ikke")
            continue
        if len(innholdsnokkel) != _AES_CBC[alg_navn]:
            grunner.append("nøkkelen passer ikke")
            continue
        klartekst = _aes_cbc_dekrypter(innholdsnokkel, iv, chiffer)
        if klartekst is not None:
            return klartekst
        grunner.append("nøkkelen passer ikke")
    if not grunner:
        raise CmsFeil("CMS-meldingen har ingen mottakere.")
    klasse = FeilNokkel if set(grunner) == {"nøkkelen passer ikke"} else CmsFeil
    raise klasse(
        "Meldingen kan ikke dekrypteres med vår private nøkkel (" + ", ".join(sorted(set(grunner))) + ")."
    )


def _aes_cbc_dekrypter(nokkel: bytes, iv: bytes, chiffer: bytes) -> bytes | None:
    if len(chiffer) % 16:
        return None
    d = Cipher(algorithms.AES(nokkel), modes.CBC(iv)).decryptor()
    fylt = d.update(chiffer) + d.finalize()
    u = padding.PKCS7(128).unpadder()
    try:
        return u.update(fylt) + u.finalize()
    except ValueError:
        return None


def krypter(data: bytes, sertifikat: bytes, *, oaep: bool = False) -> bytes:
    """CMS EnvelopedData (DER) of ``data`` for the holder of ``sertifikat`` (PEM or DER), AES-256-CBC."""
    try:
        cert = x509.Certificate.load(_der(sertifikat))
        offentlig = serialization.load_der_public_key(cert.public_key.dump())
    except (ValueError, TypeError) as e:
        raise CmsFeil(f"Sertifikatet kan ikke leses: {e}") from e
    if not isinstance(offentlig, RSAPublicKey):
        raise CmsFeil("Sertifikatet har ikke en RSA-nøkkel.")
    nokkel, iv = os.urandom(32), os.urandom(16)
    if oaep:
        kryptert_nokkel = offentlig.encrypt(
            nokkel,
            rsa_padding.OAEP(mgf=rsa_padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
        )
        nokkelalg = cms.KeyEncryptionAlgorithm(
            {
                "algorithm": "rsaes_oaep",
                "parameters": algos.RSAESOAEPParams(
                    {
                        "hash_algorithm": {"algorithm": "sha256"},
                        "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": {"algorithm": "sha256"}},
                    }
                ),
            }
        )
    else:
        kryptert_nokkel = offentlig.encrypt(nokkel, rsa_padding.PKCS1v15())
        nokkelalg = cms.KeyEncryptionAlgorithm({"algorithm": "rsaes_pkcs1v15"})
    fyller = padding.PKCS7(128).padder()
    fylt = fyller.update(data) + fyller.finalize()
    k = Cipher(algorithms.AES(nokkel), modes.CBC(iv)).encryptor()
    chiffer = k.update(fylt) + k.finalize()
    mottaker = cms.RecipientInfo(
        name="ktri",
        value=cms.KeyTransRecipientInfo(
            {
                "version": "v0",
                "rid": cms.RecipientIdentifier(
                    name="issuer_and_serial_number",
                    value=cms.IssuerAndSerialNumber(
                        {"issuer": cert.issuer, "serial_number": cert.serial_number}
                    ),
                ),
                "key_encryption_algorithm": nokkelalg,
                "encrypted_key": kryptert_nokkel,
            }
        ),
    )
    env = cms.EnvelopedData(
        {
            "version": "v0",
            "recipient_infos": [mottaker],
            "encrypted_content_info": {
                "content_type": "data",
                "content_encryption_algorithm": {"algorithm": "aes256_cbc", "parameters": iv},
                "encrypted_content": chiffer,
            },
        }
    )
    return cms.ContentInfo({"content_type": "enveloped_data", "content": env}).dump()
