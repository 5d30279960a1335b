// Placeholder: the rdf export tests land with issue 5.
#include <gtest/gtest.h>
