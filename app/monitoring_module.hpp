#pragma once
#include <memory>

#include "app/module.hpp"

namespace api {

std::unique_ptr<Module> make_monitoring_module(ModuleContext& context);

}  // namespace api
