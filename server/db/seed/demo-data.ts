/**
 * The demo hierarchy, taken from the seed documents (shared/seeds): the Departments of
 * Lào Cai, Hà Nội, Bình Dương, TP. Hồ Chí Minh and Hưng Yên; the offices of Thanh Trì,
 * Bến Cát, Quận 7 and Văn Giang (closed 01/7/2025, their schools moved to communes);
 * the communes that took them over; a few dozen real-sounding schools, among them
 * Trường Mầm non Tân Tiến (seed 004).
 */

export const REFORM_DATE = '2025-07-01';

export interface DemoSchool {
  code: string;
  name: string;
  kind: 'MN' | 'MG' | 'TH' | 'THCS' | 'THPT' | 'LC' | 'GDNN-GDTX';
  /** Commune that manages it since 01/7/2025. */
  commune: string;
}

export interface DemoDistrict {
  code: string;
  name: string;
  shortName: string;
  communes: { code: string; name: string }[];
  schools: DemoSchool[];
}

export interface DemoProvince {
  code: string;
  name: string;
  shortName: string;
  /** Closed on the reform date and merged into this province (Bình Dương → TP. Hồ Chí Minh). */
  mergedInto?: string;
  districts: DemoDistrict[];
  /** Communes with no former district office in the demo. */
  communes: { code: string; name: string }[];
  /** THPT and centres the Department manages directly. */
  directSchools: { code: string; name: string; kind: 'THPT' | 'GDNN-GDTX' | 'LC' }[];
}

export const MINISTRY = { code: 'BGDDT', name: 'Bộ Giáo dục và Đào tạo', shortName: 'Bộ GD&ĐT' };

export const PROVINCES: DemoProvince[] = [
  {
    code: 'SGD-LCI',
    name: 'Sở Giáo dục và Đào tạo tỉnh Lào Cai',
    shortName: 'Sở GD&ĐT Lào Cai',
    districts: [],
    communes: [
      { code: 'XA-LCI-CAMDUONG', name: 'UBND phường Cam Đường' },
      { code: 'XA-LCI-SAPA', name: 'UBND phường Sa Pa' },
      { code: 'XA-LCI-BATXAT', name: 'UBND xã Bát Xát' },
    ],
    directSchools: [
      { code: 'THPT-LCI-SO1', name: 'Trường THPT số 1 thành phố Lào Cai', kind: 'THPT' },
      { code: 'THPT-LCI-DTNT', name: 'Trường THPT Dân tộc nội trú tỉnh Lào Cai', kind: 'THPT' },
      { code: 'GDTX-LCI-SAPA', name: 'Trung tâm GDNN-GDTX Sa Pa', kind: 'GDNN-GDTX' },
    ],
  },
  {
    code: 'SGD-HNI',
    name: 'Sở Giáo dục và Đào tạo Hà Nội',
    shortName: 'Sở GD&ĐT Hà Nội',
    districts: [
      {
        code: 'PGD-THANHTRI',
        name: 'Phòng Giáo dục và Đào tạo huyện Thanh Trì',
        shortName: 'Phòng GD&ĐT Thanh Trì',
        communes: [
          { code: 'XA-HNI-THANHTRI', name: 'UBND xã Thanh Trì' },
          { code: 'XA-HNI-NGOCHOI', name: 'UBND xã Ngọc Hồi' },
          { code: 'XA-HNI-DAITHANH', name: 'UBND xã Đại Thanh' },
          { code: 'XA-HNI-NAMPHU', name: 'UBND xã Nam Phù' },
        ],
        schools: [
          { code: 'MN-HNI-VINHQUYNH', name: 'Trường Mầm non Vĩnh Quỳnh', kind: 'MN', commune: 'XA-HNI-DAITHANH' },
          { code: 'MN-HNI-TATHANHOAI', name: 'Trường Mầm non Tả Thanh Oai', kind: 'MN', commune: 'XA-HNI-DAITHANH' },
          { code: 'MN-HNI-NGUHIEP', name: 'Trường Mầm non Ngũ Hiệp', kind: 'MN', commune: 'XA-HNI-THANHTRI' },
          { code: 'TH-HNI-NGOCHOI', name: 'Trường Tiểu học Ngọc Hồi', kind: 'TH', commune: 'XA-HNI-NGOCHOI' },
          { code: 'TH-HNI-DUYENHA', name: 'Trường Tiểu học Duyên Hà', kind: 'TH', commune: 'XA-HNI-THANHTRI' },
          { code: 'TH-HNI-YENMY', name: 'Trường Tiểu học Yên Mỹ', kind: 'TH', commune: 'XA-HNI-NAMPHU' },
          { code: 'THCS-HNI-NGUHIEP', name: 'Trường THCS Ngũ Hiệp', kind: 'THCS', commune: 'XA-HNI-THANHTRI' },
          { code: 'THCS-HNI-TAMHIEP', name: 'Trường THCS Tam Hiệp', kind: 'THCS', commune: 'XA-HNI-THANHTRI' },
          { code: 'THCS-HNI-DONGMY', name: 'Trường THCS Đông Mỹ', kind: 'THCS', commune: 'XA-HNI-NAMPHU' },
          { code: 'THCS-HNI-VANDIEN', name: 'Trường THCS Văn Điển', kind: 'THCS', commune: 'XA-HNI-NGOCHOI' },
        ],
      },
    ],
    communes: [{ code: 'XA-HNI-HOANGLIET', name: 'UBND phường Hoàng Liệt' }],
    directSchools: [
      { code: 'THPT-HNI-NGOCHOI', name: 'Trường THPT Ngọc Hồi', kind: 'THPT' },
      { code: 'THPT-HNI-DONGMY', name: 'Trường THPT Đông Mỹ', kind: 'THPT' },
      { code: 'GDTX-HNI-THANHTRI', name: 'Trung tâm GDNN-GDTX Thanh Trì', kind: 'GDNN-GDTX' },
    ],
  },
  {
    code: 'SGD-HCM',
    name: 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh',
    shortName: 'Sở GD&ĐT TP.HCM',
    districts: [
      {
        code: 'PGD-Q7',
        name: 'Phòng Giáo dục và Đào tạo Quận 7',
        shortName: 'Phòng GD&ĐT Quận 7',
        communes: [
          { code: 'XA-HCM-TANTHUAN', name: 'UBND phường Tân Thuận' },
          { code: 'XA-HCM-TANMY', name: 'UBND phường Tân Mỹ' },
          { code: 'XA-HCM-TANHUNG', name: 'UBND phường Tân Hưng' },
          { code: 'XA-HCM-PHUTHUAN', name: 'UBND phường Phú Thuận' },
        ],
        schools: [
          { code: 'MN-HCM-HOATHUYTIEN', name: 'Trường Mầm non Hoa Thủy Tiên', kind: 'MN', commune: 'XA-HCM-TANHUNG' },
          { code: 'MN-HCM-TANPHONG', name: 'Trường Mầm non Tân Phong', kind: 'MN', commune: 'XA-HCM-TANMY' },
          { code: 'TH-HCM-PHUMY', name: 'Trường Tiểu học Phú Mỹ', kind: 'TH', commune: 'XA-HCM-TANMY' },
          { code: 'TH-HCM-LEANHXUAN', name: 'Trường Tiểu học Lê Anh Xuân', kind: 'TH', commune: 'XA-HCM-TANTHUAN' },
          { code: 'TH-HCM-NGUYENVANHUONG', name: 'Trường Tiểu học Nguyễn Văn Hưởng', kind: 'TH', commune: 'XA-HCM-PHUTHUAN' },
          { code: 'THCS-HCM-NGUYENHUUTHO', name: 'Trường THCS Nguyễn Hữu Thọ', kind: 'THCS', commune: 'XA-HCM-TANHUNG' },
          { code: 'THCS-HCM-HOANGQUOCVIET', name: 'Trường THCS Hoàng Quốc Việt', kind: 'THCS', commune: 'XA-HCM-PHUTHUAN' },
          { code: 'THCS-HCM-NGUYENTHIDINH', name: 'Trường THCS Nguyễn Thị Định', kind: 'THCS', commune: 'XA-HCM-TANTHUAN' },
        ],
      },
    ],
    communes: [],
    directSchools: [
      { code: 'THPT-HCM-LETHANHTONG', name: 'Trường THPT Lê Thánh Tôn', kind: 'THPT' },
      { code: 'THPT-HCM-NAMSAIGON', name: 'Trường THPT Nam Sài Gòn', kind: 'THPT' },
    ],
  },
  {
    code: 'SGD-BDG',
    name: 'Sở Giáo dục và Đào tạo tỉnh Bình Dương',
    shortName: 'Sở GD&ĐT Bình Dương',
    mergedInto: 'SGD-HCM',
    districts: [
      {
        code: 'PGD-BENCAT',
        name: 'Phòng Giáo dục và Đào tạo thị xã Bến Cát',
        shortName: 'Phòng GD&ĐT Bến Cát',
        communes: [
          { code: 'XA-HCM-BENCAT', name: 'UBND phường Bến Cát' },
          { code: 'XA-HCM-THOIHOA', name: 'UBND phường Thới Hòa' },
          { code: 'XA-HCM-CHANHPHUHOA', name: 'UBND phường Chánh Phú Hòa' },
        ],
        schools: [
          { code: 'MN-BDG-MYPHUOC', name: 'Trường Mầm non Mỹ Phước', kind: 'MN', commune: 'XA-HCM-BENCAT' },
          { code: 'MN-BDG-HOAMAI', name: 'Trường Mầm non Hoa Mai', kind: 'MN', commune: 'XA-HCM-THOIHOA' },
          { code: 'TH-BDG-MYPHUOC', name: 'Trường Tiểu học Mỹ Phước', kind: 'TH', commune: 'XA-HCM-BENCAT' },
          { code: 'TH-BDG-THOIHOA', name: 'Trường Tiểu học Thới Hòa', kind: 'TH', commune: 'XA-HCM-THOIHOA' },
          { code: 'TH-BDG-ANDIEN', name: 'Trường Tiểu học An Điền', kind: 'TH', commune: 'XA-HCM-BENCAT' },
          { code: 'THCS-BDG-CHANHPHUHOA', name: 'Trường THCS Chánh Phú Hòa', kind: 'THCS', commune: 'XA-HCM-CHANHPHUHOA' },
          { code: 'THCS-BDG-MYPHUOC', name: 'Trường THCS Mỹ Phước', kind: 'THCS', commune: 'XA-HCM-BENCAT' },
        ],
      },
    ],
    communes: [],
    directSchools: [{ code: 'THPT-BDG-BENCAT', name: 'Trường THPT Bến Cát', kind: 'THPT' }],
  },
  {
    code: 'SGD-HYN',
    name: 'Sở Giáo dục và Đào tạo tỉnh Hưng Yên',
    shortName: 'Sở GD&ĐT Hưng Yên',
    districts: [
      {
        code: 'PGD-VANGIANG',
        name: 'Phòng Giáo dục và Đào tạo huyện Văn Giang',
        shortName: 'Phòng GD&ĐT Văn Giang',
        communes: [
          { code: 'XA-HYN-NGHIATRU', name: 'UBND xã Nghĩa Trụ' },
          { code: 'XA-HYN-VANGIANG', name: 'UBND xã Văn Giang' },
        ],
        schools: [
          { code: 'MN-HYN-TANTIEN', name: 'Trường Mầm non Tân Tiến', kind: 'MN', commune: 'XA-HYN-NGHIATRU' },
          { code: 'MN-HYN-VINHKHUC', name: 'Trường Mầm non Vĩnh Khúc', kind: 'MN', commune: 'XA-HYN-NGHIATRU' },
          { code: 'TH-HYN-TANTIEN', name: 'Trường Tiểu học Tân Tiến', kind: 'TH', commune: 'XA-HYN-NGHIATRU' },
          { code: 'TH-HYN-VANGIANG', name: 'Trường Tiểu học Thị trấn Văn Giang', kind: 'TH', commune: 'XA-HYN-VANGIANG' },
          { code: 'THCS-HYN-TANTIEN', name: 'Trường THCS Tân Tiến', kind: 'THCS', commune: 'XA-HYN-NGHIATRU' },
          { code: 'LC-HYN-VANGIANG', name: 'Trường TH&THCS Xuân Quan', kind: 'LC', commune: 'XA-HYN-VANGIANG' },
        ],
      },
    ],
    communes: [],
    directSchools: [{ code: 'THPT-HYN-VANGIANG', name: 'Trường THPT Văn Giang', kind: 'THPT' }],
  },
];

/** One demo account per role at several levels; all share DEMO_PASSWORD. */
export const DEMO_PASSWORD = 'BinhDang2025';

export const DEMO_USERS: { username: string; fullName: string; email: string; roles: { role: string; unit: string }[] }[] = [
  { username: 'admin', fullName: 'Nguyễn Thị Quản Trị', email: 'admin@binhdang.example', roles: [{ role: 'system_admin', unit: 'BGDDT' }] },
  { username: 'bo.truongban', fullName: 'Phạm Thị Thu Hà', email: 'truongban@moet.example', roles: [{ role: 'committee_head', unit: 'BGDDT' }] },
  { username: 'hanoi.admin', fullName: 'Trần Văn Minh', email: 'admin@hanoi.example', roles: [{ role: 'unit_admin', unit: 'SGD-HNI' }] },
  { username: 'hanoi.truongban', fullName: 'Lê Thị Hồng Nhung', email: 'truongban@hanoi.example', roles: [{ role: 'committee_head', unit: 'SGD-HNI' }] },
  { username: 'hanoi.thanhtra', fullName: 'Đỗ Văn Thắng', email: 'thanhtra@hanoi.example', roles: [{ role: 'inspector', unit: 'SGD-HNI' }] },
  { username: 'hanoi.canbo', fullName: 'Phan Thị Thanh Tâm', email: 'canbo@hanoi.example', roles: [{ role: 'officer', unit: 'SGD-HNI' }] },
  { username: 'hanoi.xem', fullName: 'Vũ Thị Lan', email: 'xem@hanoi.example', roles: [{ role: 'viewer', unit: 'SGD-HNI' }] },
  { username: 'laocai.admin', fullName: 'Giàng Thị Mai', email: 'admin@laocai.example', roles: [{ role: 'unit_admin', unit: 'SGD-LCI' }] },
  { username: 'hcm.admin', fullName: 'Nguyễn Văn Phúc', email: 'admin@hcm.example', roles: [{ role: 'unit_admin', unit: 'SGD-HCM' }] },
  { username: 'thanhtri.admin', fullName: 'Hoàng Thị Thu', email: 'admin@xathanhtri.example', roles: [{ role: 'unit_admin', unit: 'XA-HNI-THANHTRI' }] },
  { username: 'thanhtri.truongban', fullName: 'Ngô Thị Bích', email: 'truongban@xathanhtri.example', roles: [{ role: 'committee_head', unit: 'XA-HNI-THANHTRI' }] },
  { username: 'thanhtri.thanhtra', fullName: 'Lý Văn Kiên', email: 'thanhtra@xathanhtri.example', roles: [{ role: 'inspector', unit: 'XA-HNI-THANHTRI' }] },
  { username: 'nguhiep.canbo', fullName: 'Bùi Thị Thảo', email: 'canbo@thcsnguhiep.example', roles: [{ role: 'officer', unit: 'THCS-HNI-NGUHIEP' }] },
  { username: 'nguhiep.hieutruong', fullName: 'Đặng Văn Hùng', email: 'hieutruong@thcsnguhiep.example', roles: [{ role: 'committee_head', unit: 'THCS-HNI-NGUHIEP' }] },
  { username: 'tantien.canbo', fullName: 'Nguyễn Thị Hạnh', email: 'canbo@mntantien.example', roles: [{ role: 'officer', unit: 'MN-HYN-TANTIEN' }] },
  {
    username: 'tantien.hieutruong',
    fullName: 'Trịnh Thị Dung',
    email: 'hieutruong@mntantien.example',
    // One person, two hats: head of the school's committee and a viewer at the commune.
    roles: [
      { role: 'committee_head', unit: 'MN-HYN-TANTIEN' },
      { role: 'viewer', unit: 'XA-HYN-NGHIATRU' },
    ],
  },
];
