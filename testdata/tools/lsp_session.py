#!/usr/bin/env python3
"""lsp_session.py --root DIR --open FILE [--config TEXT] [--edit-header HEADER TEXT]
                 --edit OLD NEW -- SERVER...

A small LSP client for the tests: starts SERVER (`msglint lsp ...`) on
stdin/stdout, and plays one session, printing what it saw for FileCheck:

 1. initialize (rootUri DIR) and initialized; the server's capabilities;
 2. didOpen FILE (relative to DIR) with its text on disk; waits for its
    publishDiagnostics and prints each diagnostic (code, range, severity,
    source, link, related information as FILE:LINE: message);
 2b. with --config: writes TEXT (\\n for newlines) to DIR/.msglint.yaml and sends
    didChangeWatchedFiles; prints FILE's next diagnostics; removes the file,
    says so again, and prints them once more;
 2c. with --edit-header: opens HEADER, adds TEXT (\\n for newlines) at its
    end, waits for HEADER's diagnostics and prints them; takes TEXT out
    again and prints them once more (HEADER stays open);
 3. types an edit: ten didChange messages 20 ms apart, the last replacing
    the first OLD in the text with NEW; waits for the next publishDiagnostics
    of FILE and prints it;
 4. sends a frame with a bad Content-Length, a frame that is not JSON, and a
    request of an unknown method, and prints each error response's code;
 5. shutdown, then exit; prints the shutdown result and the exit code.
Every wait has a timeout (120 s): a server that hangs fails the test.
With LSP_TRACE=FILE in the environment, every frame sent and received is
logged to FILE with a timestamp (for debugging a test that hangs).
"""
import argparse
import json
import os
import queue
import subprocess
import sys
import threading
import time
import urllib.parse

TIMEOUT = 120


def uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


class Client:
    def __init__(self, command):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.messages = queue.Queue()
        threading.Thread(target=self.read, daemon=True).start()
        self.next_id = 1

    def read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            body = out.read(length)
            if os.environ.get("LSP_TRACE"):
                with open(os.environ["LSP_TRACE"], "ab") as f:
                    f.write(b"%.3f <- %s\n" % (time.time(), body[:300]))
            self.messages.put(json.loads(body))

    def raw(self, data):
        if os.environ.get("LSP_TRACE"):
            with open(os.environ["LSP_TRACE"], "ab") as f:
                f.write(b"%.3f -> %s\n" % (time.time(), data[:200]))
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(dict(jsonrpc="2.0", **message)).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, method, params):
        self.next_id += 1
        self.send(dict(id=self.next_id, method=method, params=params))
        return self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)

    def notify(self, method, params):
        self.send(dict(method=method, params=params))

    def wait(self, accept):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            try:
                m = self.messages.get(timeout=max(0.1, deadline - time.time()))
            except queue.Empty:
                break
            if m is None:
                sys.exit("the server closed its output")
            if "method" in m and "id" in m:  # a request of the server's own
                self.send(dict(id=m["id"], result=None))
                continue
            if m.get("method") == "window/showMessage":
                print("server says: %s" % m["params"]["message"])
                continue
            if accept(m):
                return m
        sys.exit("timed out")


def show(root, message):
    diagnostics = message["params"]["diagnostics"]
    print("%d diagnostics" % len(diagnostics))
    for d in diagnostics:
        r = d["range"]
        print("  %s severity=%d %d:%d-%d:%d source=%s href=%s" % (
            d["code"], d["severity"], r["start"]["line"], r["start"]["character"], r["end"]["line"],
            r["end"]["character"], d["source"], d["codeDescription"]["href"]))
        print("  message: %s" % d["message"])
        for rel in d.get("relatedInformation", []):
            path = urllib.parse.unquote(rel["location"]["uri"][len("file://"):])
            print("  related %s:%d: %s" % (os.path.relpath(path, root),
                                           rel["location"]["range"]["start"]["line"] + 1, rel["message"]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--open", required=True)
    parser.add_argument("--config")
    parser.add_argument("--edit-header", nargs=2, metavar=("HEADER", "TEXT"))
    parser.add_argument("--edit", nargs=2, metavar=("OLD", "NEW"), required=True)
    parser.add_argument("server", nargs="+")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    client = Client(args.server)

    result = client.request("initialize", {"processId": os.getpid(), "rootUri": uri(root), "capabilities": {}})
    caps = result["result"]["capabilities"]
    print("initialize: server %s, textDocumentSync.change=%s" % (
        result["result"]["serverInfo"]["name"], caps["textDocumentSync"]["change"]))
    client.notify("initialized", {})

    path = os.path.join(root, args.open)
    doc = uri(path)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": doc, "languageId": "cpp", "version": 1, "text": text}})
    published = lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == doc
    print("opened %s:" % args.open, end=" ")
    show(root, client.wait(published))

    if args.config is not None:
        config = os.path.join(root, ".msglint.yaml")
        for change, what in ((1, "written"), (3, "removed")):
            if change == 1:
                with open(config, "w", encoding="utf-8") as f:
                    f.write(args.config.replace("\\n", "\n"))  # lit passes no real newline
            else:
                os.remove(config)
            client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri(config), "type": change}]})
            print("config %s:" % what, end=" ")
            show(root, client.wait(published))

    if args.edit_header is not None:
        header, added = args.edit_header
        header_doc = uri(os.path.join(root, header))
        with open(os.path.join(root, header), encoding="utf-8") as f:
            header_text = f.read()
        header_published = lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                                      and m["params"]["uri"] == header_doc)
        client.notify("textDocument/didOpen", {"textDocument": {"uri": header_doc, "languageId": "cpp",
                                                                "version": 1, "text": header_text}})
        print("opened %s:" % header, end=" ")
        show(root, client.wait(header_published))
        for version, (text_now, what) in enumerate(((header_text + added.replace("\\n", "\n"), "edited"),
                                                    (header_text, "reverted")), start=2):
            client.notify("textDocument/didChange", {"textDocument": {"uri": header_doc, "version": version},
                                                     "contentChanges": [{"text": text_now}]})
            print("%s %s:" % (what, header), end=" ")
            show(root, client.wait(header_published))

    old, new = args.edit
    if old not in text:
        sys.exit("%r is not in %s" % (old, args.open))
    for version in range(2, 12):  # typing: each keystroke a change
        edited = text.replace(old, new[: max(1, len(new) * (version - 1) // 10)] if version < 11 else new, 1)
        client.notify("textDocument/didChange", {"textDocument": {"uri": doc, "version": version},
                                                 "contentChanges": [{"text": edited}]})
        time.sleep(0.02)
    print("edited %s:" % args.open, end=" ")
    show(root, client.wait(published))

    client.raw(b"Content-Length: many\r\n\r\n")
    print("bad frame: error %d" % client.wait(lambda m: "error" in m)["error"]["code"])
    client.raw(b"Content-Length: 1\r\n\r\n{")
    print("not JSON: error %d" % client.wait(lambda m: "error" in m)["error"]["code"])
    print("unknown method: error %d" % client.request("textDocument/hover", {})["error"]["code"])

    print("shutdown: result %s" % json.dumps(client.request("shutdown", None)["result"]))
    client.notify("exit", None)
    try:
        print("exit code %d" % client.proc.wait(timeout=TIMEOUT))
    except subprocess.TimeoutExpired:
        client.proc.kill()
        sys.exit("the server did not exit")


if __name__ == "__main__":
    main()
