#!/usr/bin/env python3
"""Writes allot(1), a troff man page, from the help the command line itself gives.

    allot --experimental-dump-help | python3 Scripts/make_manpage.py > allot.1

The page is generated, never edited: every subcommand, option, default and the exit statuses come
from the ArgumentParser declarations in Sources/allot, so `man allot` and `allot --help` agree.
"""
import json
import sys


def esc(text):
    """Text safe in troff: backslashes doubled, a leading dot or quote guarded."""
    text = (text or "").replace("\\", "\\\\").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def names(argument):
    out = []
    for name in argument.get("names", []):
        out.append(("-" if name["kind"] == "short" else "--") + name["name"])
    return out


def synopsis(path, command):
    parts = []
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        value = argument.get("valueName", "")
        if argument["kind"] == "positional":
            item = value.upper() + ("..." if argument.get("isRepeating") else "")
        else:
            flag = (names(argument) or ["--" + value])[-1]
            item = flag + ("" if argument["kind"] == "flag" else " " + value.upper())
        parts.append("[" + item + "]" if argument.get("isOptional") else item)
    return ".B " + esc(path) + "\n" + esc(" ".join(parts)) + "\n"


def options(command):
    out = []
    for argument in command.get("arguments", []):
        if not argument.get("shouldDisplay", True):
            continue
        value = argument.get("valueName", "")
        if argument["kind"] == "positional":
            label = "\\fI" + esc(value.upper()) + "\\fR"
        else:
            flags = ", ".join("\\fB" + esc(n) + "\\fR" for n in names(argument))
            label = flags + ("" if argument["kind"] == "flag" else " \\fI" + esc(value.upper()) + "\\fR")
        text = argument.get("abstract", "")
        default = argument.get("defaultValue")
        if default not in (None, "", "false"):
            text += " (default: %s)" % default
        out.append(".TP\n" + label + "\n" + esc(text) + "\n")
    return "".join(out)


def main():
    info = json.load(sys.stdin)
    root = info["command"]
    page = [
        '.TH ALLOT 1 "" "allot %s" "User Commands"\n' % esc(root.get("version", "")),
        ".SH NAME\nallot \\- %s\n" % esc(root.get("abstract", "")),
        ".SH SYNOPSIS\n.B allot\n\\fISUBCOMMAND\\fR [\\fIOPTIONS\\fR]\n",
        ".SH DESCRIPTION\n%s\n" % esc(root.get("discussion", "")),
        ".SH SUBCOMMANDS\n",
    ]
    for sub in root.get("subcommands", []):
        if sub["commandName"] == "help":
            continue
        page.append(".SS allot %s\n" % esc(sub["commandName"]))
        page.append(synopsis("allot " + sub["commandName"], sub))
        page.append(".PP\n%s\n" % esc(sub.get("abstract", "")))
        if sub.get("discussion"):
            page.append(".PP\n%s\n" % esc(sub["discussion"]))
        page.append(options(sub))
    page.append(".SH ENVIRONMENT\n.TP\n\\fBLANG\\fR\nMessages and labels are in Chinese when it starts with zh "
                "(\\fB\\-\\-lang\\fR overrides it).\n")
    page.append(".SH EXIT STATUS\n0 success; 1 findings (\\fBcheck\\fR) or differences (\\fBdiff\\fR); "
                "2 unreadable, missing or no input; 64 a usage error.\n")
    page.append(".SH SEE ALSO\nThe README of the allot repository (Using the data).\n")
    sys.stdout.write("".join(page))


if __name__ == "__main__":
    main()
