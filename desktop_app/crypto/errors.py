"""Vault errors, each a sentence a person can act on."""

from desktop_app.core.errors import TirkeuError
from desktop_app.core.language import _


class WrongPassphrase(TirkeuError):
    def __init__(self) -> None:
        super().__init__(_("Wrong passphrase."))


class WrongRecoveryCode(TirkeuError):
    def __init__(self) -> None:
        super().__init__(_("That recovery code does not open this vault."))


class VaultDamaged(TirkeuError):
    """vault.json is unreadable, malformed or asks for parameters beyond the caps."""


class NoVault(TirkeuError):
    pass


class VaultExists(TirkeuError):
    pass


class VaultLocked(TirkeuError):
    def __init__(self) -> None:
        super().__init__(_("The vault is locked."))


class DuressRefused(TirkeuError):
    """A duress passphrase that cannot be used; the sentence says why."""


class RekeyUnfinished(TirkeuError):
    def __init__(self) -> None:
        super().__init__(_("A re-encryption of this vault (tirkeu rekey) was interrupted; "
                           "open the vault once, in the window or with any command, to finish "
                           "it, then try again."))
