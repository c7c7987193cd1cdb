"""A self-made RSA key and certificate for CMS tests (a SvarInn mottakersystem, SvarUt's own key)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Nokkelpar:
    nokkel: rsa.RSAPrivateKey
    sertifikat: x509.Certificate

    @property
    def nokkel_pem(self) -> bytes:
        return self.nokkel.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    @property
    def sertifikat_pem(self) -> bytes:
        return self.sertifikat.public_bytes(serialization.Encoding.PEM)


def lag_nokkelpar(navn: str = "Saksbord testmottaker") -> Nokkelpar:
    nokkel = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subjekt = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, navn)])
    naa = dt.datetime.now(dt.UTC)
    sertifikat = (
        x509.CertificateBuilder()
        .subject_name(subjekt)
        .issuer_name(subjekt)
        .public_key(nokkel.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(naa - dt.timedelta(days=1))
        .not_valid_after(naa + dt.timedelta(days=365))
        .sign(nokkel, hashes.SHA256())
    )
    return Nokkelpar(nokkel, sertifikat)
