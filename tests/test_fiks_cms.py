"""CMS EnvelopedData: our reader and writer against independent implementations (cryptography, openssl)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from app.integrasjoner.fiks.cms import CmsFeil, dekrypter, krypter
from tests.support.cms_nokler import lag_nokkelpar

INNHOLD = b"PK\x03\x04 en zip fra SvarInn " * 100


@pytest.fixture(scope="module")
def par():
    return lag_nokkelpar()


@pytest.fixture(scope="module")
def annet_par():
    return lag_nokkelpar("Feil mottaker")


@pytest.mark.parametrize("oaep", [False, True], ids=["pkcs1v15", "oaep-sha256"])
def test_krypter_og_dekrypter(par, oaep):
    melding = krypter(INNHOLD, par.sertifikat_pem, oaep=oaep)
    assert INNHOLD not in melding
    assert dekrypter(melding, par.nokkel_pem) == INNHOLD
    assert dekrypter(melding, par.nokkel) == INNHOLD


def test_melding_fra_cryptography_pkcs1v15_aes256(par):
    melding = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(INNHOLD)
        .add_recipient(par.sertifikat)
        .set_content_encryption_algorithm(pkcs7.algorithms.AES256)
        .encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )
    assert dekrypter(melding, par.nokkel_pem) == INNHOLD


def test_var_pkcs1v15_melding_leses_av_cryptography(par):
    melding = krypter(INNHOLD, par.sertifikat_pem)
    assert pkcs7.pkcs7_decrypt_der(melding, par.sertifikat, par.nokkel, []) == INNHOLD


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl er ikke installert")
def test_oaep_sha256_mot_openssl_begge_veier(par, tmp_path):
    (tmp_path / "cert.pem").write_bytes(par.sertifikat_pem)
    (tmp_path / "key.pem").write_bytes(par.nokkel_pem)
    (tmp_path / "inn.bin").write_bytes(INNHOLD)
    subprocess.run(
        [
            "openssl",
            "cms",
            "-encrypt",
            "-binary",
            "-aes256",
            "-in",
            "inn.bin",
            "-outform",
            "DER",
            "-out",
            "ut.der",
            "-recip",
            "cert.pem",
            "-keyopt",
            "rsa_padding_mode:oaep",
            "-keyopt",
            "rsa_oaep_md:sha256",
            "-keyopt",
            "rsa_mgf1_md:sha256",
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    assert dekrypter((tmp_path / "ut.der").read_bytes(), par.nokkel_pem) == INNHOLD

    (tmp_path / "var.der").write_bytes(krypter(INNHOLD, par.sertifikat_pem, oaep=True))
    ut = subprocess.run(
        [
            "openssl",
            "cms",
            "-decrypt",
            "-binary",
            "-inform",
            "DER",
            "-in",
            "var.der",
            "-inkey",
            "key.pem",
            "-recip",
            "cert.pem",
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    assert ut.stdout == INNHOLD


@pytest.mark.parametrize("oaep", [False, True], ids=["pkcs1v15", "oaep-sha256"])
def test_feil_nokkel_gir_norsk_feil(par, annet_par, oaep):
    melding = krypter(INNHOLD, par.sertifikat_pem, oaep=oaep)
    with pytest.raises(CmsFeil, match="kan ikke dekrypteres med vår private nøkkel"):
        dekrypter(melding, annet_par.nokkel_pem)


def test_ikke_cms_og_skadet_cms(par):
    with pytest.raises(CmsFeil, match="ikke gyldig CMS"):
        dekrypter(b"dette er ikke CMS", par.nokkel_pem)
    melding = bytearray(krypter(INNHOLD, par.sertifikat_pem))
    melding[-5] ^= 0xFF
    with pytest.raises(CmsFeil):
        dekrypter(bytes(melding), par.nokkel_pem)
    with pytest.raises(CmsFeil, match="private nøkkelen kan ikke leses"):
        dekrypter(krypter(INNHOLD, par.sertifikat_pem), b"ingen nokkel")
