package org.wsoatracker.progress;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

}
