// analytics: consumes order.confirmed, and a name nobody publishes that
// would be an image with a handler.
#include "bus/bus.h"

int main() {
  bus::subscribe("order.confirmed", [](std::string_view event) { (void)event; });
  bus::subscribe("<img src=x onerror=alert(2)>", [](std::string_view) {});
}
