#include "lsp/Server.h"

#include "cli/Pipeline.h"
#include "extract/Extractor.h"
#include "extract/FileClassifier.h"
#include "graph/Link.h"
#include "lsp/Diagnostics.h"
#include "lsp/JsonRpc.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>
#include <condition_variable>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace msglint::lsp {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

// JSON-RPC error codes (LSP 3.17).
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;

std::string fileText(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  return buffer ? (*buffer)->getBuffer().str() : std::string();
}

bool endsWith(const std::string &s, const std::string &suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

struct Server::State {
  State(std::ostream &out, ServerOptions options) : out(out), options(std::move(options)) {}

  std::ostream &out;
  ServerOptions options;
  std::mutex outMutex;
  std::mutex logMutex;

  // Shared between the reader (the caller of run) and the analysis thread.
  std::mutex mutex;
  std::condition_variable wake;
  bool stopping = false;
  bool reloadWanted = false;      // the compile database or config changed
  std::set<std::string> dirty;    // absolute paths edited since the last analysis
  bool publishWanted = false;     // a file was opened: send its findings
  Clock::time_point due;          // when the dirty files are analysed
  std::map<std::string, std::string> openFiles; // absolute path -> the editor's text
  std::string root;               // the workspace root, absolute

  // Owned by the analysis thread.
  std::optional<cli::Project> project;
  std::vector<facts::TranslationUnit> tus; // in the order of project->commands
  std::vector<std::set<std::string>> inputs; // per TU, the project files it was made of
  std::map<std::string, json> published;   // absolute path -> diagnostics last sent
  std::thread worker;

  bool initialized = false, shutdownReceived = false, exitReceived = false;

  void send(const json &message) {
    std::lock_guard lock(outMutex);
    // Like every JSON msglint writes: text that is not UTF-8 (a header line
    // the client sent, echoed in an error) becomes U+FFFD instead of
    // throwing out of the server.
    writeFrame(out, message.dump(-1, ' ', false, json::error_handler_t::replace));
  }
  void respond(const json &id, json result) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
  }
  void respondError(const json &id, int code, const std::string &message) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }
  void notify(const std::string &method, json params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }
  void log(const std::string &text) {
    if (!options.verbose)
      return;
    std::lock_guard lock(logMutex); // both threads log
    std::cerr << "msglint lsp: " << text << std::endl;
  }
  void showMessage(int type, const std::string &text) {
    notify("window/showMessage", {{"type", type}, {"message", "msglint: " + text}});
  }

  // --- The reader's side ---------------------------------------------------

  void handle(const json &message) {
    const std::string method = message.at("method").get<std::string>();
    const bool isRequest = message.contains("id");
    const json id = isRequest ? message.at("id") : json();
    const json params = message.value("params", json::object());
    if (method == "initialize")
      return respond(id, initialize(params));
    if (method == "exit") {
      exitReceived = true;
      return;
    }
    if (!initialized) {
      if (isRequest)
        respondError(id, kServerNotInitialized, "the server is not initialized");
      return;
    }
    if (method == "initialized")
      return afterInitialized(params);
    if (method == "shutdown") {
      shutdownReceived = true;
      return respond(id, nullptr);
    }
    if (method == "textDocument/didOpen")
      return opened(params.at("textDocument"));
    if (method == "textDocument/didChange")
      return changed(params);
    if (method == "textDocument/didSave")
      return edited(pathOfUri(params.at("textDocument").at("uri").get<std::string>()), /*now=*/true);
    if (method == "textDocument/didClose")
      return closed(pathOfUri(params.at("textDocument").at("uri").get<std::string>()));
    if (method == "workspace/didChangeWatchedFiles")
      return watchedFilesChanged(params);
    if (isRequest)
      respondError(id, kMethodNotFound, "msglint does not serve '" + method + "'");
    // Other notifications ($/setTrace, $/cancelRequest, ...) need nothing.
  }

  json initialize(const json &params) {
    std::string rootPath;
    if (params.contains("rootUri") && params["rootUri"].is_string())
      rootPath = pathOfUri(params["rootUri"].get<std::string>());
    else if (params.contains("rootPath") && params["rootPath"].is_string())
      rootPath = params["rootPath"].get<std::string>();
    else if (params.contains("workspaceFolders") && params["workspaceFolders"].is_array() &&
             !params["workspaceFolders"].empty())
      rootPath = pathOfUri(params["workspaceFolders"][0].value("uri", ""));
    if (rootPath.empty()) {
      llvm::SmallString<256> cwd;
      llvm::sys::fs::current_path(cwd);
      rootPath = std::string(cwd);
    }
    if (params.contains("initializationOptions") && params["initializationOptions"].is_object() &&
        params["initializationOptions"].contains("compileCommandsDir"))
      options.compileCommandsDir = params["initializationOptions"]["compileCommandsDir"].get<std::string>();
    {
      std::lock_guard lock(mutex);
      root = extract::normalisePath(rootPath);
    }
    initialized = true;
    return {{"capabilities",
             {{"positionEncoding", "utf-16"},
              {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}}}},
            {"serverInfo", {{"name", "msglint"}, {"version", MSGLINT_VERSION}}}};
  }

  void afterInitialized(const json &) {
    // Ask to hear of changes to what the graph is built from.
    send({{"jsonrpc", "2.0"},
          {"id", "msglint-watch"},
          {"method", "client/registerCapability"},
          {"params",
           {{"registrations",
             {{{"id", "msglint-watch"},
               {"method", "workspace/didChangeWatchedFiles"},
               {"registerOptions",
                {{"watchers", {{{"globPattern", "**/compile_commands.json"}}, {{"globPattern", "**/.msglint.yaml"}}}}}}}}}}}});
    std::lock_guard lock(mutex);
    reloadWanted = true; // the first, whole analysis
    due = Clock::now();
    wake.notify_one();
  }

  void opened(const json &document) {
    std::string path = pathOfUri(document.at("uri").get<std::string>());
    std::string text = document.at("text").get<std::string>();
    bool unsaved = text != fileText(path);
    {
      std::lock_guard lock(mutex);
      openFiles[path] = std::move(text);
      publishWanted = true; // its findings, as the graph has them
      if (unsaved)
        dirty.insert(path); // and parse it again from the editor's text
      due = Clock::now();
    }
    wake.notify_one();
  }

  void changed(const json &params) {
    std::string path = pathOfUri(params.at("textDocument").at("uri").get<std::string>());
    const json &changes = params.at("contentChanges");
    if (changes.empty())
      return;
    {
      std::lock_guard lock(mutex);
      openFiles[path] = changes.back().at("text").get<std::string>(); // full sync
    }
    edited(path, /*now=*/false);
  }

  void edited(const std::string &path, bool now) {
    std::lock_guard lock(mutex);
    dirty.insert(path);
    // Each edit pushes the analysis back: a burst of keystrokes is one.
    due = Clock::now() + (now ? std::chrono::milliseconds(0) : std::chrono::milliseconds(options.debounceMs));
    wake.notify_one();
  }

  void closed(const std::string &path) {
    {
      std::lock_guard lock(mutex);
      bool hadUnsaved = openFiles.count(path) && openFiles[path] != fileText(path);
      openFiles.erase(path);
      if (hadUnsaved)
        dirty.insert(path); // back to what is on disk
      due = Clock::now();
    }
    notify("textDocument/publishDiagnostics", {{"uri", fileUri(path)}, {"diagnostics", json::array()}});
    wake.notify_one();
  }

  void watchedFilesChanged(const json &params) {
    bool reload = false;
    for (const json &change : params.value("changes", json::array())) {
      std::string path = pathOfUri(change.value("uri", ""));
      reload = reload || endsWith(path, "/compile_commands.json") || endsWith(path, "/.msglint.yaml");
    }
    if (!reload)
      return;
    log("the compile database or the configuration changed: reloading");
    std::lock_guard lock(mutex);
    reloadWanted = true;
    due = Clock::now();
    wake.notify_one();
  }

  // --- The analysis thread -------------------------------------------------

  void analysisLoop() {
    std::unique_lock lock(mutex);
    while (true) {
      wake.wait(lock, [&] { return stopping || reloadWanted || publishWanted || !dirty.empty(); });
      if (stopping)
        return;
      if (!wake.wait_until(lock, due, [&] { return stopping; }) && Clock::now() < due)
        continue; // woken early by a later edit: wait for the new `due`
      if (stopping)
        return;
      bool reload = reloadWanted;
      std::set<std::string> edited = std::move(dirty);
      dirty.clear();
      reloadWanted = publishWanted = false;
      std::map<std::string, std::string> unsaved = openFiles;
      std::string rootNow = root;
      lock.unlock();
      try {
        if (reload || !project)
          loadProject(rootNow, unsaved);
        else if (!edited.empty())
          reanalyse(edited, unsaved);
        publish(unsaved);
      } catch (const std::exception &e) {
        showMessage(1, e.what());
      }
      lock.lock();
    }
  }

  // Where clangd looks: the given folder, else the root, else root/build.
  std::string compileDatabaseDir(const std::string &rootNow) const {
    if (!options.compileCommandsDir.empty())
      return options.compileCommandsDir;
    for (const char *candidate : {"", "build"}) {
      llvm::SmallString<256> dir(rootNow);
      if (*candidate)
        llvm::sys::path::append(dir, candidate);
      llvm::SmallString<256> file(dir);
      llvm::sys::path::append(file, "compile_commands.json");
      if (llvm::sys::fs::exists(file))
        return std::string(dir);
    }
    throw cli::UsageError("no compile_commands.json in " + rootNow + " or " + rootNow +
                          "/build (give --compile-commands-dir)");
  }

  cli::ProjectOptions projectOptions(const std::string &rootNow) const {
    cli::ProjectOptions o;
    o.buildDir = compileDatabaseDir(rootNow);
    o.root = rootNow; // the workspace is the project
    o.jobs = options.jobs;
    return o;
  }

  void loadProject(const std::string &rootNow, const std::map<std::string, std::string> &unsaved) {
    project.reset();
    tus.clear();
    inputs.clear();
    cli::ProjectOptions o = projectOptions(rootNow);
    project = cli::openProject(o);
    cli::configured(*project); // a bad config is an error now, not at each edit
    // From the cache where it can (what is on disk), then the open files
    // with unsaved text again.
    std::vector<std::vector<std::string>> files;
    tus = cli::extractProject(*project, o, &files);
    inputs.resize(tus.size());
    for (size_t i = 0; i < files.size() && i < inputs.size(); ++i)
      inputs[i].insert(files[i].begin(), files[i].end());
    log("loaded " + std::to_string(tus.size()) + " translation units of " + project->buildDir);
    for (const facts::TranslationUnit &tu : tus)
      sayIfFailed(tu);
    std::set<std::string> edited;
    for (const auto &[path, text] : unsaved)
      if (text != fileText(path))
        edited.insert(path);
    if (!edited.empty())
      reanalyse(edited, unsaved);
  }

  // Parses again the TUs an edit touches: the edited file's own, and those
  // that include an edited header (as the cache entry or the last parse
  // says). Nothing else is parsed.
  void reanalyse(const std::set<std::string> &edited, const std::map<std::string, std::string> &unsaved) {
    extract::ExtractOptions how = cli::extractOptions(*project, projectOptions(root));
    how.unsavedFiles = unsaved;
    for (size_t i = 0; i < project->commands.size(); ++i) {
      const std::string &main = project->commands[i].Filename;
      bool touched = edited.count(main) > 0;
      for (const std::string &file : edited)
        touched = touched || inputs[i].count(file) > 0;
      if (!touched)
        continue;
      std::vector<facts::CacheInput> parsed;
      log("analysed " + graph::relativeToRoot(main, project->root));
      tus[i] = extract::extractOne(project->commands[i], how, &parsed);
      sayIfFailed(tus[i]);
      inputs[i].clear();
      for (const facts::CacheInput &input : parsed)
        inputs[i].insert(input.path);
    }
  }

  // A TU msglint crashed on is one message; the server goes on, with no
  // facts for that TU until its next edit.
  void sayIfFailed(const facts::TranslationUnit &tu) {
    if (tu.failure.empty())
      return;
    std::string file = graph::relativeToRoot(tu.mainFile, project->root);
    log("analysis of " + file + " failed: " + tu.failure);
    showMessage(1, "analysis of " + file + " failed: " + tu.failure);
  }

  void publish(const std::map<std::string, std::string> &unsaved) {
    graph::Model model = graph::link(tus, project->root, project->config);
    size_t suppressed = 0;
    std::vector<rules::Finding> findings =
        cli::reportedFindingsOf(model, cli::configured(*project), suppressed);
    report::SourceText text(project->root, unsaved);
    std::map<std::string, json> byFile = diagnosticsByFile(findings, project->root, text);
    for (const auto &[path, unused] : unsaved) {
      json diagnostics = byFile.count(path) ? byFile[path] : json::array();
      auto it = published.find(path);
      if (it != published.end() && it->second == diagnostics)
        continue;
      log("published " + std::to_string(diagnostics.size()) + " diagnostics of " +
          graph::relativeToRoot(path, project->root));
      published[path] = diagnostics;
      notify("textDocument/publishDiagnostics", {{"uri", fileUri(path)}, {"diagnostics", diagnostics}});
    }
    for (auto it = published.begin(); it != published.end();)
      it = unsaved.count(it->first) ? std::next(it) : published.erase(it);
  }
};

Server::Server(std::ostream &out, ServerOptions options)
    : state(std::make_unique<State>(out, std::move(options))) {}

Server::~Server() {
  {
    std::lock_guard lock(state->mutex);
    state->stopping = true;
  }
  state->wake.notify_all();
  if (state->worker.joinable())
    state->worker.join();
}

int Server::run(std::istream &in) {
  State &s = *state;
  // A tied stream flushes `out` before each of its own operations, from
  // whichever thread, behind outMutex's back: a frame written twice or cut
  // (std::cerr and std::cin are tied to std::cout by default).
  in.tie(nullptr);
  std::cerr.tie(nullptr);
  if (s.options.analyse)
    s.worker = std::thread([&s] { s.analysisLoop(); });
  while (!s.exitReceived) {
    std::string body, error;
    Frame frame = readFrame(in, body, error);
    if (frame == Frame::EndOfInput)
      break;
    if (frame == Frame::Bad) {
      s.respondError(nullptr, kParseError, error);
      continue;
    }
    json message = json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (message.is_discarded()) {
      s.respondError(nullptr, kParseError, "the message is not JSON");
      continue;
    }
    if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
      // A response to our own request (registerCapability) needs nothing.
      if (message.is_object() && message.contains("id") && (message.contains("result") || message.contains("error")))
        continue;
      s.respondError(message.is_object() && message.contains("id") ? message["id"] : json(), kInvalidRequest,
                     "not a JSON-RPC request or notification");
      continue;
    }
    try {
      s.handle(message);
    } catch (const json::exception &e) { // a missing or mistyped parameter
      if (message.contains("id"))
        s.respondError(message["id"], kInvalidParams, std::string("bad parameters: ") + e.what());
    } catch (const std::exception &e) {
      if (message.contains("id"))
        s.respondError(message["id"], kInternalError, e.what());
    }
  }
  return s.shutdownReceived ? 0 : 1;
}

} // namespace msglint::lsp
