#!/usr/bin/env python3
"""Writes the SMIv2 modules IANA-ITU-ALARM-TC-MIB and ITU-ALARM-TC-MIB (RFC 3877) that DLC-MIB imports.

No Debian package, npm package or Maven artifact this build can reach carries these modules as SMI text; the
Debian package python3-pysnmp4-mibs carries them as Python, generated from the original modules by smidump
(module identity, revisions, and every textual convention with each enumeration's name and number). This
script reads those two files - it executes them against a stub of pysnmp's mibBuilder, never pysnmp itself -
and prints them back as SMIv2. Names, numbers and OIDs are the originals; the TCs' DESCRIPTION texts are not
in the Python files, so each says where the normative text is. The files' SHA-256 is checked: a different
package version fails the build rather than silently changing the enumerations.

Usage: itu-alarm-mibs.py <pysnmp_mibs dir> <output dir>
"""
import hashlib
import sys
from pathlib import Path

# module -> SHA-256 of its file in python3-pysnmp4-mibs 0.1.3-4 (Debian 12)
MODULES = {
    "IANA-ITU-ALARM-TC-MIB": "bc20d0cc41fbdf308a66c3978b289cc429e1eaefb28ea1ab4b41b07969afdba1",
    "ITU-ALARM-TC-MIB": "a6bdb76afbe027412f25ec115ea7d56841fb7d41d296c98d4e4f151f488135c0",
}


class Constraint:
    """Value constraints: the enumerations carry the same information, so they are ignored."""

    def __init__(self, *args):
        pass

    def __add__(self, other):
        return self

    __radd__ = __add__


class NamedValues:
    def __init__(self, *pairs):
        self.pairs = list(pairs)

    def __add__(self, other):
        return NamedValues(*(self.pairs + other.pairs))


class Integer:
    subtypeSpec = Constraint()


class ModuleIdentity:
    def __init__(self, oid):
        self.oid = oid
        self.revisions = ()
        self.texts = {}

    def setRevisions(self, revisions):
        self.revisions = revisions
        return self

    def __getattr__(self, name):
        if name.startswith("set"):
            def setter(text):
                self.texts[name[3:]] = text
                return self
            return setter
        raise AttributeError(name)


class Builder:
    loadTexts = True

    def __init__(self):
        self.exported = {}

    def importSymbols(self, module, *names):
        known = {"Integer": Integer, "NamedValues": NamedValues, "ModuleIdentity": ModuleIdentity}
        return tuple(known.get(n, Constraint) for n in names)

    def exportSymbols(self, module, **symbols):
        self.exported.update(symbols)


def read(path):
    builder = Builder()
    scope = {"mibBuilder": builder}
    exec(compile(path.read_text(), str(path), "exec"), scope)
    identity = next(v for v in scope.values() if isinstance(v, ModuleIdentity))
    name = next(k for k, v in scope.items() if v is identity)
    tcs = {k: v for k, v in scope.items()
           if isinstance(v, type) and issubclass(v, Integer) and v is not Integer and hasattr(v, "namedValues")}
    return name, identity, tcs


def quoted(text):
    if '"' in text:
        raise ValueError("a quote in a text: " + text)
    first, *rest = [line.rstrip() for line in text.split("\n")]
    return '"' + first + "".join("\n" + ("         " + line if line else "") for line in rest) + '"'


def smi_time(revision):
    # "2004-09-09 00:00" -> "200409090000Z"
    return revision.replace("-", "").replace(" ", "").replace(":", "") + "Z"


def smi(module, identity_name, identity, tcs):
    assert identity.oid[:6] == (1, 3, 6, 1, 2, 1), identity.oid
    revisions = [smi_time(r) for r in identity.revisions]
    out = [f"{module} DEFINITIONS ::= BEGIN", "",
           "-- Written by DLC's build (mibs/src/build/itu-alarm-mibs.py) from the Debian package",
           "-- python3-pysnmp4-mibs. The normative module is in RFC 3877 (maintained by IANA).", "",
           "IMPORTS", "    MODULE-IDENTITY, mib-2", "        FROM SNMPv2-SMI",
           "    TEXTUAL-CONVENTION", "        FROM SNMPv2-TC;", "",
           f"{identity_name} MODULE-IDENTITY",
           f"    LAST-UPDATED \"{revisions[0]}\"",
           f"    ORGANIZATION {quoted(identity.texts['Organization'])}",
           f"    CONTACT-INFO {quoted(identity.texts['ContactInfo'])}",
           f"    DESCRIPTION {quoted(identity.texts['Description'])}"]
    for r in revisions:
        out += [f"    REVISION \"{r}\"", "    DESCRIPTION \"Published in RFC 3877.\""]
    out += [f"    ::= {{ mib-2 {identity.oid[6]} }}", ""]
    for tc, cls in sorted(tcs.items()):
        values = sorted(cls.namedValues.pairs, key=lambda p: p[1])
        out += [f"{tc} ::= TEXTUAL-CONVENTION", "    STATUS       current",
                f"    DESCRIPTION  \"{tc} of {module}: see RFC 3877 and, for the",
                "                 current list of values, the IANA registry.\"",
                "    SYNTAX       INTEGER {"]
        out += [f"                     {n}({v})" + ("," if i < len(values) - 1 else "")
                for i, (n, v) in enumerate(values)]
        out += ["                 }", ""]
    out.append("END")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: itu-alarm-mibs.py <pysnmp_mibs dir> <output dir>")
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.mkdir(parents=True, exist_ok=True)
    for module in MODULES:
        path = source / f"{module}.py"
        if not path.is_file():
            sys.exit(f"[itu-alarm-mibs] ERROR: {path} not found: install the Debian package python3-pysnmp4-mibs")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != MODULES[module]:
            sys.exit(f"[itu-alarm-mibs] ERROR: {path} has SHA-256 {digest}, expected {MODULES[module]}:"
                     " another version of python3-pysnmp4-mibs; compare its enumerations, then update MODULES")
        name, identity, tcs = read(path)
        (target / f"{module}.mib").write_text(smi(module, name, identity, tcs))
        print(f"[itu-alarm-mibs] wrote {target / (module + '.mib')}: {', '.join(sorted(tcs))}")


if __name__ == "__main__":
    main()
