// mailer: the one consumer of send-email.
#include "bus/bus.h"

void mail(const char *payload) { (void)payload; }
int main() { bus::subscribe("send-email", mail); }
