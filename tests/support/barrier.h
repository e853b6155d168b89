#pragma once

// Barriers: the way a test knows that something did NOT happen without waiting a fixed time.
// A barrier is a round trip through the same queue that the unwanted thing would travel
// through; once it is back, that thing, had it been on its way, has arrived, whatever the load
// of the machine. A check that follows fails when the thing happened.

namespace pecadmin {
class MailboxService;
}

namespace pecadmin::test {

// Returns once every event posted to this thread before the call has been delivered, and then
// the events those posted in turn, `turns` deep: each turn posts a queued call to this thread
// and runs the event loop until that call, which comes after everything posted before it, runs.
// False, and the test failed, when the event loop does not get there.
bool eventBarrier(int turns = 3, const char *file = __builtin_FILE(), int line = __builtin_LINE());

// Returns once every call made on `service` before this one has been answered and its answer
// delivered on this thread: the events posted so far run first (a call a widget makes from a
// queued slot is made), then a cheap request (the domains) goes through the service and is
// waited for, then eventBarrier() delivers what was answered before it. Holds for a service
// that answers its calls in order, as LocalMailboxService does (one worker thread, one queue).
// False, and the test failed, when the service did not answer.
bool serviceBarrier(MailboxService &service, const char *file = __builtin_FILE(), int line = __builtin_LINE());

} // namespace pecadmin::test
