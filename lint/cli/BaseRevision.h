// msglint diff --base-rev REV: the project as it was at a git revision,
// for the base side of a diff (docs/ci.md). The revision is checked out
// into a git worktree in a fresh directory under the build directory, the
// compile database's commands are pointed into it (paths inside the build
// directory, like generated code, stay where they are), and the worktree
// is removed again however the analysis ends.
#pragma once

#include "cli/Pipeline.h"

#include <functional>
#include <string>

namespace msglint::cli {

// Calls `use` with the project at `revision`; `head` is the project as it
// is now (its root must be inside a git work tree). A file the revision
// does not have is left out; a file only the revision has is not seen
// (its compile command is not in today's database).
void withBaseRevision(const Project &head, const ProjectOptions &options,
                      const std::string &revision, const std::function<void(Project &)> &use);

} // namespace msglint::cli
