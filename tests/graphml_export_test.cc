// Placeholder: the graphml export tests land with issue 5.
#include <gtest/gtest.h>
