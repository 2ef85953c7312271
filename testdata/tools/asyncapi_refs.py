#!/usr/bin/env python3
"""asyncapi_refs.py DOC: checks that every local `$ref` of an AsyncAPI
document ("#/channels/x/messages/y") points at something the document
defines, which JSON Schema validation cannot see. Prints the number of
references and the unresolved ones; exits 1 if there is any."""
import json
import sys


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


def resolves(doc, ref):
    if not ref.startswith("#/"):
        return False
    node = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    found = list(refs(doc))
    bad = [r for r in found if not resolves(doc, r)]
    print("refs: %d unresolved: %s" % (len(found), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
