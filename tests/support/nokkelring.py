"""An in-memory keyring for tests: the code under test reads and writes the keyring as it would the OS one."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend


class Minnenokkelring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passord: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passord.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passord[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passord.pop((service, username), None)


@pytest.fixture
def nokkelring():
    gammel = keyring.get_keyring()
    ny = Minnenokkelring()
    keyring.set_keyring(ny)
    try:
        yield ny
    finally:
        keyring.set_keyring(gammel)
