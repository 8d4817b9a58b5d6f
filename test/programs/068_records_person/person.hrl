%% Shared by the modules that handle people.
-record(person, {name, age = 0, email = none, tags = []}).
-record(address, {street, city, zip}).
