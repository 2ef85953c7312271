// orders: publishes an event named like a command [task-named-event].
#include "bus/bus.h"

void confirm(const char *order) { bus::publish("send-email", order); }
