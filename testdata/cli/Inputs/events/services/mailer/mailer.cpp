// mailer: works the email queue, in a function template (its name has
// angle brackets too).
#include "bus/bus.h"

template <typename Job> void send(std::string_view job) { (void)Job{}, (void)job; }

int main() { bus::work("email", send<int>); }
