#pragma once

// The built-in example (Cisco configuration note 16060) as a project, which many tests start
// from.

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

namespace vtd::test {

inline model::Project exampleProject()
{
    auto read = model::readProject(resources::builtinExampleProjectFile(), resources::builtinExampleName());
    Q_ASSERT(read.project);
    return *read.project;
}

} // namespace vtd::test
