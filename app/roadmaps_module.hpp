#pragma once
#include <memory>

#include "app/module.hpp"

namespace api {

std::unique_ptr<Module> make_roadmaps_module(ModuleContext& context);

}  // namespace api
