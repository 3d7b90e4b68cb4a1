// Initiates the replica set rs0 of docker-compose.yml once; later runs see it and do nothing.
try {
  rs.status();
  print('replica set rs0 already initiated');
} catch (e) {
  rs.initiate({
    _id: 'rs0',
    members: [
      { _id: 0, host: 'mongo1:27017', priority: 2 },
      { _id: 1, host: 'mongo2:27017', priority: 1 },
      { _id: 2, host: 'mongo3:27017', priority: 1 },
    ],
  });
  // Wait for a primary, so the assistants start against a writable set.
  for (let i = 0; i < 60; i++) {
    if (db.hello().isWritablePrimary) break;
    sleep(1000);
  }
  print('replica set rs0 initiated');
}
