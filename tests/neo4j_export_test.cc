// Placeholder: the neo4j export tests land with issue 5.
#include <gtest/gtest.h>
