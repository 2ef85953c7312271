// The facts of one translation unit: what extract saw, nothing decided.
// This is the contract between extract (which knows C++) and everything
// after it (which does not). The JSON form is documented in docs/facts-format.md;
// bump kFactsVersion on any incompatible change.
#pragma once

#include <string>
#include <vector>

namespace msglint::facts {

inline constexpr int kFactsVersion = 1;

struct Location {
  std::string file; // absolute, normalised path as extract saw it
  unsigned line = 0;
  unsigned col = 0; // 1-based byte column, like Clang's

  friend bool operator==(const Location &, const Location &) = default;
  friend auto operator<=>(const Location &, const Location &) = default;
};

enum class SiteKind { Call, Enqueue, Publish, Subscribe, Work };

// A call that may run after another one in the same run of their function,
// on its control flow (later rounds of the loops around the first not
// counted): a site or a receive (`callee` empty), or a call of a project
// function (its USR). Recorded after sends, and after calls that pass
// names on (where link places a wrapper's send).
struct Step {
  Location loc;
  std::string callee;
  friend auto operator<=>(const Step &, const Step &) = default;
};

// How the caller treats what a call returns (its status or its stream).
enum class ResultUse {
  Used,      // flows into a condition, a return, an argument, a member...
  Discarded, // thrown away on the spot (expression statement, (void) cast,
             // a callback that never looks at its status)
  Unchecked, // stored in a local variable that is never read
};

// Whether a deadline was set on the client context before the call.
enum class Deadline { Set, Unset, Unknown, NotApplicable };

struct Site {
  SiteKind kind = SiteKind::Call;
  std::string api;    // preset that recognised it: "grpc"
  std::string style;  // "unary", "server-stream", "async", "callback", ...
  std::string target; // endpoint "pkg.Service/Method", or "dynamic"
  std::string targetExpr; // source text when target is dynamic
  std::string function;   // USR of the enclosing function
  Location loc;
  bool blocking = false; // the calling thread waits for the answer
  ResultUse result = ResultUse::Used;
  Deadline deadline = Deadline::NotApplicable;
  bool inLoop = false;
  bool retryLoop = false; // the loop exits on the call's own result
  Location loopLoc;       // the innermost enclosing loop, if inLoop
  unsigned order = 0;     // position among the sites of its function
  // The target is the enclosing function's parameter N: the function is a
  // wrapper, and link finds the names at its callers. -1 otherwise.
  int targetParam = -1;
  std::string targetPrefix, targetSuffix; // wrap the name found at the callers
  std::vector<std::string> handlers; // subscribe/work: USRs handling each message
  std::vector<Step> after; // publish and enqueue sites only
};

// A reference from one function to another: a call, or a reference that
// may run it later (its address taken for a callback or a thread, a lambda
// defined here and handed on).
struct Callee {
  std::string usr;
  Location loc;
  bool called = false; // called here (not only referenced)
  bool inLoop = false; // called inside a loop
  bool retryLoop = false; // every in-loop call exits the loop on its result
  Location loopLoc;
};

// One call of a project function that passes names along: for wrapper
// inference (a function that forwards its parameter as a topic is a
// publisher itself, and its callers' names are the sites).
struct NamedCall {
  std::string usr; // the called function
  Location loc;
  struct Arg {
    unsigned index;      // argument position
    std::string value;   // a resolved name, or
    int param = -1;      // the caller's own parameter passed on, or
    std::vector<std::string> callables; // the functions a callable argument runs
  };
  std::vector<Arg> args;
  std::vector<Step> after;
};

// The function is where the work behind this endpoint/topic/queue starts.
struct Entry {
  SiteKind kind = SiteKind::Call; // Call: serves an endpoint
  std::string api;
  std::string target;
  // Where the function receives the messages itself (a poll, a pop), and
  // the loop around that call; empty for handlers registered elsewhere.
  Location receivedAt;
  Location loopLoc;
};

struct Function {
  std::string usr;
  std::string name; // qualified name for humans
  Location loc;
  std::vector<Callee> callees;
  std::vector<NamedCall> namedCalls;
  std::vector<std::string> overrides; // USRs of the virtuals it overrides
  std::vector<Entry> entries;
  // Callable parameters it stores in a member that holds a callable (a
  // std::function): the member is a node of the graph (its USR), and link
  // adds an edge from it to whatever the callers pass.
  struct StoredParam {
    unsigned param;
    std::string field;
  };
  std::vector<StoredParam> storedParams;
};

// A call that registers functions as the handlers of an endpoint (an HTTP
// server route): link makes each handler an entry point of it, as it does
// for the handlers of subscribe and work sites.
struct Registration {
  SiteKind kind = SiteKind::Call;
  std::string api;
  std::string target; // for HTTP: "METHOD /route", the serving service added by link
  std::vector<std::string> handlers; // USRs
  std::string function;              // USR of the registering function
  Location loc;
};

// `// msglint: ignore(a, b) reason` or `NOLINT(msglint-a)` comments.
struct Suppression {
  Location loc;
  std::vector<std::string> rules; // rule ids or globs; "*" for all
  bool sameLine = true;
  bool nextLine = false;
};

struct CompileError {
  Location loc;
  std::string message;
};

struct TranslationUnit {
  std::string mainFile;
  std::vector<Function> functions;
  std::vector<Site> sites;
  std::vector<Registration> registrations;
  std::vector<Suppression> suppressions;
  unsigned errorCount = 0;
  std::vector<CompileError> errors; // the first few, for the report
  std::string failure; // non-empty when analysis of the TU failed outright
};

const char *toString(SiteKind);
const char *toString(ResultUse);
const char *toString(Deadline);

} // namespace msglint::facts
