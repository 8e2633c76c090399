-- Platform tables every service has. Runs as the owner role; ${app_role} is the role the service
-- runs as: it gets ordinary rights on every table the owner creates from here on.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${app_role}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "${app_role}";
