-- Sweden's 290 municipalities and 21 counties (SCB's register of regional codes, as of 2024),
-- their localities and areas, the organisations that work in them and the people who log in.

CREATE TABLE county (
    code  char(2)  PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name  text     NOT NULL
);
COMMENT ON TABLE county IS 'A Swedish county (län) with its SCB länskod';
COMMENT ON COLUMN county.code IS 'SCB länskod, two digits, e.g. 01 Stockholms län';
COMMENT ON COLUMN county.name IS 'County name, e.g. Västra Götalands län';

CREATE TABLE municipality (
    code         char(4)  PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
    name         text     NOT NULL,
    county_code  char(2)  NOT NULL REFERENCES county (code)
);
COMMENT ON TABLE municipality IS 'A Swedish municipality (kommun); its SCB kommunkod is the tenant key of all municipal data';
COMMENT ON COLUMN municipality.code IS 'SCB kommunkod, four digits, e.g. 1498 Tranemo';
COMMENT ON COLUMN municipality.name IS 'Municipality name';
COMMENT ON COLUMN municipality.county_code IS 'The county it lies in';

INSERT INTO county (code, name) VALUES
    ('01', 'Stockholms län'),
    ('03', 'Uppsala län'),
    ('04', 'Södermanlands län'),
    ('05', 'Östergötlands län'),
    ('06', 'Jönköpings län'),
    ('07', 'Kronobergs län'),
    ('08', 'Kalmar län'),
    ('09', 'Gotlands län'),
    ('10', 'Blekinge län'),
    ('12', 'Skåne län'),
    ('13', 'Hallands län'),
    ('14', 'Västra Götalands län'),
    ('17', 'Värmlands län'),
    ('18', 'Örebro län'),
    ('19', 'Västmanlands län'),
    ('20', 'Dalarnas län'),
    ('21', 'Gävleborgs län'),
    ('22', 'Västernorrlands län'),
    ('23', 'Jämtlands län'),
    ('24', 'Västerbottens län'),
    ('25', 'Norrbottens län');

INSERT INTO municipality (code, name, county_code) VALUES
    ('0114', 'Upplands Väsby', '01'),
    ('0115', 'Vallentuna', '01'),
    ('0117', 'Österåker', '01'),
    ('0120', 'Värmdö', '01'),
    ('0123', 'Järfälla', '01'),
    ('0125', 'Ekerö', '01'),
    ('0126', 'Huddinge', '01'),
    ('0127', 'Botkyrka', '01'),
    ('0128', 'Salem', '01'),
    ('0136', 'Haninge', '01'),
    ('0138', 'Tyresö', '01'),
    ('0139', 'Upplands-Bro', '01'),
    ('0140', 'Nykvarn', '01'),
    ('0160', 'Täby', '01'),
    ('0162', 'Danderyd', '01'),
    ('0163', 'Sollentuna', '01'),
    ('0180', 'Stockholm', '01'),
    ('0181', 'Södertälje', '01'),
    ('0182', 'Nacka', '01'),
    ('0183', 'Sundbyberg', '01'),
    ('0184', 'Solna', '01'),
    ('0186', 'Lidingö', '01'),
    ('0187', 'Vaxholm', '01'),
    ('0188', 'Norrtälje', '01'),
    ('0191', 'Sigtuna', '01'),
    ('0192', 'Nynäshamn', '01'),
    ('0305', 'Håbo', '03'),
    ('0319', 'Älvkarleby', '03'),
    ('0330', 'Knivsta', '03'),
    ('0331', 'Heby', '03'),
    ('0360', 'Tierp', '03'),
    ('0380', 'Uppsala', '03'),
    ('0381', 'Enköping', '03'),
    ('0382', 'Östhammar', '03'),
    ('0428', 'Vingåker', '04'),
    ('0461', 'Gnesta', '04'),
    ('0480', 'Nyköping', '04'),
    ('0481', 'Oxelösund', '04'),
    ('0482', 'Flen', '04'),
    ('0483', 'Katrineholm', '04'),
    ('0484', 'Eskilstuna', '04'),
    ('0486', 'Strängnäs', '04'),
    ('0488', 'Trosa', '04'),
    ('0509', 'Ödeshög', '05'),
    ('0512', 'Ydre', '05'),
    ('0513', 'Kinda', '05'),
    ('0560', 'Boxholm', '05'),
    ('0561', 'Åtvidaberg', '05'),
    ('0562', 'Finspång', '05'),
    ('0563', 'Valdemarsvik', '05'),
    ('0580', 'Linköping', '05'),
    ('0581', 'Norrköping', '05'),
    ('0582', 'Söderköping', '05'),
    ('0583', 'Motala', '05'),
    ('0584', 'Vadstena', '05'),
    ('0586', 'Mjölby', '05'),
    ('0604', 'Aneby', '06'),
    ('0617', 'Gnosjö', '06'),
    ('0642', 'Mullsjö', '06'),
    ('0643', 'Habo', '06'),
    ('0662', 'Gislaved', '06'),
    ('0665', 'Vaggeryd', '06'),
    ('0680', 'Jönköping', '06'),
    ('0682', 'Nässjö', '06'),
    ('0683', 'Värnamo', '06'),
    ('0684', 'Sävsjö', '06'),
    ('0685', 'Vetlanda', '06'),
    ('0686', 'Eksjö', '06'),
    ('0687', 'Tranås', '06'),
    ('0760', 'Uppvidinge', '07'),
    ('0761', 'Lessebo', '07'),
    ('0763', 'Tingsryd', '07'),
    ('0764', 'Alvesta', '07'),
    ('0765', 'Älmhult', '07'),
    ('0767', 'Markaryd', '07'),
    ('0780', 'Växjö', '07'),
    ('0781', 'Ljungby', '07'),
    ('0821', 'Högsby', '08'),
    ('0834', 'Torsås', '08'),
    ('0840', 'Mörbylånga', '08'),
    ('0860', 'Hultsfred', '08'),
    ('0861', 'Mönsterås', '08'),
    ('0862', 'Emmaboda', '08'),
    ('0880', 'Kalmar', '08'),
    ('0881', 'Nybro', '08'),
    ('0882', 'Oskarshamn', '08'),
    ('0883', 'Västervik', '08'),
    ('0884', 'Vimmerby', '08'),
    ('0885', 'Borgholm', '08'),
    ('0980', 'Gotland', '09'),
    ('1060', 'Olofström', '10'),
    ('1080', 'Karlskrona', '10'),
    ('1081', 'Ronneby', '10'),
    ('1082', 'Karlshamn', '10'),
    ('1083', 'Sölvesborg', '10'),
    ('1214', 'Svalöv', '12'),
    ('1230', 'Staffanstorp', '12'),
    ('1231', 'Burlöv', '12'),
    ('1233', 'Vellinge', '12'),
    ('1256', 'Östra Göinge', '12'),
    ('1257', 'Örkelljunga', '12'),
    ('1260', 'Bjuv', '12'),
    ('1261', 'Kävlinge', '12'),
    ('1262', 'Lomma', '12'),
    ('1263', 'Svedala', '12'),
    ('1264', 'Skurup', '12'),
    ('1265', 'Sjöbo', '12'),
    ('1266', 'Hörby', '12'),
    ('1267', 'Höör', '12'),
    ('1270', 'Tomelilla', '12'),
    ('1272', 'Bromölla', '12'),
    ('1273', 'Osby', '12'),
    ('1275', 'Perstorp', '12'),
    ('1276', 'Klippan', '12'),
    ('1277', 'Åstorp', '12'),
    ('1278', 'Båstad', '12'),
    ('1280', 'Malmö', '12'),
    ('1281', 'Lund', '12'),
    ('1282', 'Landskrona', '12'),
    ('1283', 'Helsingborg', '12'),
    ('1284', 'Höganäs', '12'),
    ('1285', 'Eslöv', '12'),
    ('1286', 'Ystad', '12'),
    ('1287', 'Trelleborg', '12'),
    ('1290', 'Kristianstad', '12'),
    ('1291', 'Simrishamn', '12'),
    ('1292', 'Ängelholm', '12'),
    ('1293', 'Hässleholm', '12'),
    ('1315', 'Hylte', '13'),
    ('1380', 'Halmstad', '13'),
    ('1381', 'Laholm', '13'),
    ('1382', 'Falkenberg', '13'),
    ('1383', 'Varberg', '13'),
    ('1384', 'Kungsbacka', '13'),
    ('1401', 'Härryda', '14'),
    ('1402', 'Partille', '14'),
    ('1407', 'Öckerö', '14'),
    ('1415', 'Stenungsund', '14'),
    ('1419', 'Tjörn', '14'),
    ('1421', 'Orust', '14'),
    ('1427', 'Sotenäs', '14'),
    ('1430', 'Munkedal', '14'),
    ('1435', 'Tanum', '14'),
    ('1438', 'Dals-Ed', '14'),
    ('1439', 'Färgelanda', '14'),
    ('1440', 'Ale', '14'),
    ('1441', 'Lerum', '14'),
    ('1442', 'Vårgårda', '14'),
    ('1443', 'Bollebygd', '14'),
    ('1444', 'Grästorp', '14'),
    ('1445', 'Essunga', '14'),
    ('1446', 'Karlsborg', '14'),
    ('1447', 'Gullspång', '14'),
    ('1452', 'Tranemo', '14'),
    ('1460', 'Bengtsfors', '14'),
    ('1461', 'Mellerud', '14'),
    ('1462', 'Lilla Edet', '14'),
    ('1463', 'Mark', '14'),
    ('1465', 'Svenljunga', '14'),
    ('1466', 'Herrljunga', '14'),
    ('1470', 'Vara', '14'),
    ('1471', 'Götene', '14'),
    ('1472', 'Tibro', '14'),
    ('1473', 'Töreboda', '14'),
    ('1480', 'Göteborg', '14'),
    ('1481', 'Mölndal', '14'),
    ('1482', 'Kungälv', '14'),
    ('1484', 'Lysekil', '14'),
    ('1485', 'Uddevalla', '14'),
    ('1486', 'Strömstad', '14'),
    ('1487', 'Vänersborg', '14'),
    ('1488', 'Trollhättan', '14'),
    ('1489', 'Alingsås', '14'),
    ('1490', 'Borås', '14'),
    ('1491', 'Ulricehamn', '14'),
    ('1492', 'Åmål', '14'),
    ('1493', 'Mariestad', '14'),
    ('1494', 'Lidköping', '14'),
    ('1495', 'Skara', '14'),
    ('1496', 'Skövde', '14'),
    ('1497', 'Hjo', '14'),
    ('1498', 'Tidaholm', '14'),
    ('1499', 'Falköping', '14'),
    ('1715', 'Kil', '17'),
    ('1730', 'Eda', '17'),
    ('1737', 'Torsby', '17'),
    ('1760', 'Storfors', '17'),
    ('1761', 'Hammarö', '17'),
    ('1762', 'Munkfors', '17'),
    ('1763', 'Forshaga', '17'),
    ('1764', 'Grums', '17'),
    ('1765', 'Årjäng', '17'),
    ('1766', 'Sunne', '17'),
    ('1780', 'Karlstad', '17'),
    ('1781', 'Kristinehamn', '17'),
    ('1782', 'Filipstad', '17'),
    ('1783', 'Hagfors', '17'),
    ('1784', 'Arvika', '17'),
    ('1785', 'Säffle', '17'),
    ('1814', 'Lekeberg', '18'),
    ('1860', 'Laxå', '18'),
    ('1861', 'Hallsberg', '18'),
    ('1862', 'Degerfors', '18'),
    ('1863', 'Hällefors', '18'),
    ('1864', 'Ljusnarsberg', '18'),
    ('1880', 'Örebro', '18'),
    ('1881', 'Kumla', '18'),
    ('1882', 'Askersund', '18'),
    ('1883', 'Karlskoga', '18'),
    ('1884', 'Nora', '18'),
    ('1885', 'Lindesberg', '18'),
    ('1904', 'Skinnskatteberg', '19'),
    ('1907', 'Surahammar', '19'),
    ('1960', 'Kungsör', '19'),
    ('1961', 'Hallstahammar', '19'),
    ('1962', 'Norberg', '19'),
    ('1980', 'Västerås', '19'),
    ('1981', 'Sala', '19'),
    ('1982', 'Fagersta', '19'),
    ('1983', 'Köping', '19'),
    ('1984', 'Arboga', '19'),
    ('2021', 'Vansbro', '20'),
    ('2023', 'Malung-Sälen', '20'),
    ('2026', 'Gagnef', '20'),
    ('2029', 'Leksand', '20'),
    ('2031', 'Rättvik', '20'),
    ('2034', 'Orsa', '20'),
    ('2039', 'Älvdalen', '20'),
    ('2061', 'Smedjebacken', '20'),
    ('2062', 'Mora', '20'),
    ('2080', 'Falun', '20'),
    ('2081', 'Borlänge', '20'),
    ('2082', 'Säter', '20'),
    ('2083', 'Hedemora', '20'),
    ('2084', 'Avesta', '20'),
    ('2085', 'Ludvika', '20'),
    ('2101', 'Ockelbo', '21'),
    ('2104', 'Hofors', '21'),
    ('2121', 'Ovanåker', '21'),
    ('2132', 'Nordanstig', '21'),
    ('2161', 'Ljusdal', '21'),
    ('2180', 'Gävle', '21'),
    ('2181', 'Sandviken', '21'),
    ('2182', 'Söderhamn', '21'),
    ('2183', 'Bollnäs', '21'),
    ('2184', 'Hudiksvall', '21'),
    ('2260', 'Ånge', '22'),
    ('2262', 'Timrå', '22'),
    ('2280', 'Härnösand', '22'),
    ('2281', 'Sundsvall', '22'),
    ('2282', 'Kramfors', '22'),
    ('2283', 'Sollefteå', '22'),
    ('2284', 'Örnsköldsvik', '22'),
    ('2303', 'Ragunda', '23'),
    ('2305', 'Bräcke', '23'),
    ('2309', 'Krokom', '23'),
    ('2313', 'Strömsund', '23'),
    ('2321', 'Åre', '23'),
    ('2326', 'Berg', '23'),
    ('2361', 'Härjedalen', '23'),
    ('2380', 'Östersund', '23'),
    ('2401', 'Nordmaling', '24'),
    ('2403', 'Bjurholm', '24'),
    ('2404', 'Vindeln', '24'),
    ('2409', 'Robertsfors', '24'),
    ('2417', 'Norsjö', '24'),
    ('2418', 'Malå', '24'),
    ('2421', 'Storuman', '24'),
    ('2422', 'Sorsele', '24'),
    ('2425', 'Dorotea', '24'),
    ('2460', 'Vännäs', '24'),
    ('2462', 'Vilhelmina', '24'),
    ('2463', 'Åsele', '24'),
    ('2480', 'Umeå', '24'),
    ('2481', 'Lycksele', '24'),
    ('2482', 'Skellefteå', '24'),
    ('2505', 'Arvidsjaur', '25'),
    ('2506', 'Arjeplog', '25'),
    ('2510', 'Jokkmokk', '25'),
    ('2513', 'Överkalix', '25'),
    ('2514', 'Kalix', '25'),
    ('2518', 'Övertorneå', '25'),
    ('2521', 'Pajala', '25'),
    ('2523', 'Gällivare', '25'),
    ('2560', 'Älvsbyn', '25'),
    ('2580', 'Luleå', '25'),
    ('2581', 'Piteå', '25'),
    ('2582', 'Boden', '25'),
    ('2583', 'Haparanda', '25'),
    ('2584', 'Kiruna', '25');


CREATE TABLE locality (
    id                 bigint            GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  char(4)           NOT NULL REFERENCES municipality (code),
    name               text              NOT NULL,
    latitude           double precision  NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision  NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    boundary           jsonb,
    UNIQUE (municipality_code, name)
);
COMMENT ON TABLE locality IS 'A town or village (ort) of a municipality';
COMMENT ON COLUMN locality.id IS 'Internal id';
COMMENT ON COLUMN locality.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN locality.name IS 'Name, e.g. Limmared';
COMMENT ON COLUMN locality.latitude IS 'Centre point, WGS84 latitude';
COMMENT ON COLUMN locality.longitude IS 'Centre point, WGS84 longitude';
COMMENT ON COLUMN locality.boundary IS 'Optional boundary as a GeoJSON Polygon or MultiPolygon geometry (WGS84)';

CREATE TABLE area (
    id                 bigint            GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code  char(4)           NOT NULL REFERENCES municipality (code),
    name               text              NOT NULL,
    geometry           jsonb             NOT NULL,
    min_latitude       double precision  NOT NULL,
    min_longitude      double precision  NOT NULL,
    max_latitude       double precision  NOT NULL,
    max_longitude      double precision  NOT NULL,
    created_at         timestamptz       NOT NULL DEFAULT now(),
    UNIQUE (municipality_code, name)
);
CREATE INDEX area_municipality ON area (municipality_code);
COMMENT ON TABLE area IS 'A named area (område) of a municipality, e.g. a housing estate or a town centre';
COMMENT ON COLUMN area.id IS 'Internal id';
COMMENT ON COLUMN area.municipality_code IS 'Owning municipality (tenant)';
COMMENT ON COLUMN area.name IS 'Name, e.g. Centrum';
COMMENT ON COLUMN area.geometry IS 'GeoJSON Polygon or MultiPolygon geometry in WGS84 (longitude, latitude)';
COMMENT ON COLUMN area.min_latitude IS 'Bounding box: southern edge';
COMMENT ON COLUMN area.min_longitude IS 'Bounding box: western edge';
COMMENT ON COLUMN area.max_latitude IS 'Bounding box: northern edge';
COMMENT ON COLUMN area.max_longitude IS 'Bounding box: eastern edge';
COMMENT ON COLUMN area.created_at IS 'When the area was drawn or uploaded';

CREATE TABLE organisation (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text         NOT NULL,
    kind        text         NOT NULL CHECK (kind IN ('MUNICIPAL_DEPARTMENT', 'POLICE', 'HOUSING_COMPANY', 'SCHOOL', 'BUSINESS', 'ASSOCIATION', 'RESCUE_SERVICE', 'OTHER')),
    created_at  timestamptz  NOT NULL DEFAULT now()
);
COMMENT ON TABLE organisation IS 'A collaborating organisation: municipal department, police area, housing company, school, business, association';
COMMENT ON COLUMN organisation.id IS 'Internal id';
COMMENT ON COLUMN organisation.name IS 'Name, e.g. Lokalpolisområde Borås';
COMMENT ON COLUMN organisation.kind IS 'Kind of organisation';
COMMENT ON COLUMN organisation.created_at IS 'When it was registered';

CREATE TABLE organisation_municipality (
    organisation_id    bigint   NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    municipality_code  char(4)  NOT NULL REFERENCES municipality (code),
    PRIMARY KEY (organisation_id, municipality_code)
);
COMMENT ON TABLE organisation_municipality IS 'The municipalities an organisation works in: one, or several for a partner such as a police area';
COMMENT ON COLUMN organisation_municipality.organisation_id IS 'The organisation';
COMMENT ON COLUMN organisation_municipality.municipality_code IS 'A municipality it works in';

CREATE TABLE membership (
    id                 bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id            bigint   NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id    bigint   NOT NULL,
    municipality_code  char(4)  NOT NULL,
    role               text     NOT NULL CHECK (role IN ('COORDINATOR', 'REPORTER', 'ANALYST', 'MANAGER')),
    UNIQUE (user_id, organisation_id, municipality_code, role),
    FOREIGN KEY (organisation_id, municipality_code) REFERENCES organisation_municipality (organisation_id, municipality_code) ON DELETE CASCADE
);
CREATE INDEX membership_municipality ON membership (municipality_code);
COMMENT ON TABLE membership IS 'A person''s role for an organisation in a municipality';
COMMENT ON COLUMN membership.id IS 'Internal id';
COMMENT ON COLUMN membership.user_id IS 'The person';
COMMENT ON COLUMN membership.organisation_id IS 'The organisation they act for';
COMMENT ON COLUMN membership.municipality_code IS 'The municipality the role applies in (tenant)';
COMMENT ON COLUMN membership.role IS 'COORDINATOR, REPORTER, ANALYST or MANAGER';

ALTER TABLE app_user ADD COLUMN failed_logins integer NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN locked_until timestamptz;
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
COMMENT ON COLUMN app_user.failed_logins IS 'Failed log-ins in a row; reset on success';
COMMENT ON COLUMN app_user.locked_until IS 'Log-in refused until this time after too many failures';

CREATE TABLE account_token (
    token_hash  bytea        PRIMARY KEY,
    user_id     bigint       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    purpose     text         NOT NULL CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
    expires_at  timestamptz  NOT NULL,
    used_at     timestamptz
);
COMMENT ON TABLE account_token IS 'One-time links sent by e-mail: invitations and password resets';
COMMENT ON COLUMN account_token.token_hash IS 'SHA-256 of the token in the link';
COMMENT ON COLUMN account_token.user_id IS 'The account it opens';
COMMENT ON COLUMN account_token.purpose IS 'INVITATION or PASSWORD_RESET';
COMMENT ON COLUMN account_token.expires_at IS 'The link stops working after this';
COMMENT ON COLUMN account_token.used_at IS 'When it was used; a used link never works again';

CREATE TABLE access_token (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name          text         NOT NULL,
    token_hash    bytea        NOT NULL UNIQUE,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    last_used_on  date,
    revoked_at    timestamptz
);
COMMENT ON TABLE access_token IS 'Personal access tokens for programs using the JSON API (Authorization: Bearer)';
COMMENT ON COLUMN access_token.id IS 'Internal id';
COMMENT ON COLUMN access_token.user_id IS 'The person whose roles the token carries';
COMMENT ON COLUMN access_token.name IS 'Name given by the user, e.g. GIS-export';
COMMENT ON COLUMN access_token.token_hash IS 'SHA-256 of the token; the token itself is shown once and never stored';
COMMENT ON COLUMN access_token.created_at IS 'When it was created';
COMMENT ON COLUMN access_token.last_used_on IS 'Date it was last used';
COMMENT ON COLUMN access_token.revoked_at IS 'When it was revoked; a revoked token is refused';
